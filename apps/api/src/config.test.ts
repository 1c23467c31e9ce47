import { ConfigError, loadConfig } from './config';
import { DEFAULT_LIMITS } from './graphql/limits/limits-config';

const load = (env: Record<string, string>) => loadConfig(env, '/srv/app');

describe('loadConfig', () => {
  describe('when the environment is empty', () => {
    it('uses the embedded defaults', () => {
      expect(load({})).toEqual({
        port: 4000,
        host: '0.0.0.0',
        database: { kind: 'sqlite', path: '/srv/app/data/handoff.sqlite' },
        redisUrl: null,
        seedDemo: true,
        graphiql: true,
        adminDist: null,
        limits: DEFAULT_LIMITS,
        rateLimit: { points: 600, durationSeconds: 60, trustedProxyHops: 0 },
        socketLeaseSeconds: 30,
        metrics: { token: null },
        logLevel: 'info',
        shutdownDelayMs: 1000,
        auth: { secret: null, secretFile: '/srv/app/data/auth-secret', required: true, demoAdminPassword: 'handoff-demo', accessTokenTtlSeconds: 900 },
      });
    });
  });

  describe('when production services are configured', () => {
    it('uses PostgreSQL and Redis', () => {
      const config = load({ DATABASE_URL: 'postgres://u@db:5432/handoff', REDIS_URL: 'redis://cache:6379' });
      expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/handoff', statementTimeoutMs: 5_000 });
      expect(config.redisUrl).toBe('redis://cache:6379');
    });
  });

  describe('when limits are configured', () => {
    it('makes introspection and "did you mean" hints follow GRAPHIQL unless set, never NODE_ENV', () => {
      const off = load({ GRAPHIQL: 'false', NODE_ENV: 'development' }).limits;
      const on = load({ GRAPHIQL: 'true', NODE_ENV: 'production' }).limits;
      const mixed = load({ GRAPHIQL: 'false', INTROSPECTION: 'true', FIELD_SUGGESTIONS: 'false' }).limits;

      expect([off.introspection, off.fieldSuggestions]).toEqual([false, false]);
      expect([on.introspection, on.fieldSuggestions]).toEqual([true, true]);
      expect([mixed.introspection, mixed.fieldSuggestions]).toEqual([true, false]);
    });

    it('reads every cap', () => {
      const config = load({
        MAX_QUERY_DEPTH: '7', MAX_QUERY_ALIASES: '3', MAX_QUERY_DIRECTIVES: '4', MAX_QUERY_TOKENS: '500', MAX_QUERY_COST: '900',
        MAX_REQUEST_BYTES: '2048', MAX_SUBSCRIPTIONS_PER_SOCKET: '5', MAX_SOCKETS_PER_PRINCIPAL: '6',
        RATE_LIMIT_POINTS: '0', RATE_LIMIT_DURATION_SECONDS: '10', TRUST_PROXY_HOPS: '1',
      });

      expect(config.limits).toEqual({
        query: { depth: 7, aliases: 3, directives: 4, tokens: 500, cost: 900 },
        introspection: true,
        fieldSuggestions: true,
        maxRequestBytes: 2048,
        maxSubscriptionsPerSocket: 5,
        maxSocketsPerPrincipal: 6,
      });
      expect(config.rateLimit).toEqual({ points: 0, durationSeconds: 10, trustedProxyHops: 1 });
    });
  });

  describe('when values are invalid', () => {
    it.each([
      [{ PORT: 'eighty' }, 'PORT must be an integer between 1 and 65535, got "eighty"'],
      [{ PORT: '70000' }, 'PORT must be an integer'],
      [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL must start with postgres:// or postgresql://'],
      [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a valid URL'],
      [{ REDIS_URL: 'http://cache' }, 'REDIS_URL must start with redis:// or rediss://'],
      [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO must be true or false, got "maybe"'],
      [{ SQLITE_PATH: 'data/' }, 'SQLITE_PATH must name a file'],
      [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"'],
      [{ AUTH_SECRET: 'too-short' }, 'AUTH_SECRET must be at least 32 characters long'],
      [{ AUTH_REQUIRED: 'maybe' }, 'AUTH_REQUIRED must be true or false, got "maybe"'],
      [{ ACCESS_TOKEN_TTL_SECONDS: '86400' }, 'ACCESS_TOKEN_TTL_SECONDS must be an integer between 1 and 3600, got "86400"'],
      [{ DEMO_ADMIN_PASSWORD: 'short' }, 'DEMO_ADMIN_PASSWORD must be at least 8 characters long'],
      [{ MAX_QUERY_DEPTH: '0' }, 'MAX_QUERY_DEPTH must be an integer between 1 and'],
      [{ MAX_QUERY_COST: 'lots' }, 'MAX_QUERY_COST must be an integer between 1 and'],
      [{ MAX_REQUEST_BYTES: '10' }, 'MAX_REQUEST_BYTES must be an integer between 1024 and'],
      [{ SOCKET_LEASE_SECONDS: '1' }, 'SOCKET_LEASE_SECONDS must be an integer between 2 and 3600, got "1"'],
      [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN must be at least 16 visible ASCII characters, without spaces'],
      [{ METRICS_TOKEN: 'a token with spaces in it' }, 'METRICS_TOKEN must be at least 16 visible ASCII characters, without spaces'],
      [{ RATE_LIMIT_POINTS: '-1' }, 'RATE_LIMIT_POINTS must be an integer between 0 and'],
      [{ TRUST_PROXY_HOPS: '1.5' }, 'TRUST_PROXY_HOPS must be an integer between 0 and 10, got "1.5"'],
      [{ FIELD_SUGGESTIONS: 'some' }, 'FIELD_SUGGESTIONS must be true or false, got "some"'],
      [{ INTROSPECTION: 'false' }, 'INTROSPECTION=false leaves GraphiQL without a schema: set GRAPHIQL=false too'],
      [{ DATABASE_URL: 'postgres://db/x', DATABASE_STATEMENT_TIMEOUT_MS: 'soon' }, 'DATABASE_STATEMENT_TIMEOUT_MS must be an integer between 0 and'],
    ])('rejects %p naming the variable', (env, message) => {
      expect(() => load(env)).toThrow(ConfigError);
      expect(() => load(env)).toThrow(message);
    });

    it('reports every bad variable at once', () => {
      expect(() => load({ PORT: 'x', GRAPHIQL: 'nope' })).toThrow(/PORT[\s\S]*GRAPHIQL/);
    });
  });

  describe('when SHUTDOWN_DELAY_MS is out of range', () => {
    it('names the variable', () => {
      expect(() => loadConfig({ SHUTDOWN_DELAY_MS: '-5' }, '/srv/api')).toThrow(/SHUTDOWN_DELAY_MS/);
    });
  });
});
