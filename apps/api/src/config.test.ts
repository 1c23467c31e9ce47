import { ConfigError, loadConfig } from './config';

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
      });
    });
  });

  describe('when production services are configured', () => {
    it('uses PostgreSQL and Redis', () => {
      const config = load({ DATABASE_URL: 'postgres://u@db:5432/handoff', REDIS_URL: 'redis://cache:6379' });
      expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/handoff' });
      expect(config.redisUrl).toBe('redis://cache:6379');
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
    ])('rejects %p naming the variable', (env, message) => {
      expect(() => load(env)).toThrow(ConfigError);
      expect(() => load(env)).toThrow(message);
    });

    it('reports every bad variable at once', () => {
      expect(() => load({ PORT: 'x', GRAPHIQL: 'nope' })).toThrow(/PORT[\s\S]*GRAPHIQL/);
    });
  });
});
