import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_STATEMENT_TIMEOUT_MS, type DatabaseConfig } from './db/data-source';
import { readAuthConfig, type AuthConfig } from './modules/identity/auth-config';
import { readLimitsConfig, type LimitsConfig } from './graphql/limits/limits-config';
import { readInteger } from './graphql/limits/read-env';
import { readRateLimitConfig, type RateLimitConfig } from './http/rate-limit';
import { LOG_LEVELS, type LogLevel } from './observability/logger';
import { readMetricsAccessConfig, type MetricsAccessConfig } from './observability/metrics-access';

/**
 * The only reader of process.env. Validates everything at boot so a bad deployment fails with a
 * clear message per variable instead of misbehaving later.
 */
export interface ApiConfig {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  /** Redis for cross-instance events; null means in-process events (one instance). */
  readonly redisUrl: string | null;
  /** Seed the demo workspace into an empty database at boot. */
  readonly seedDemo: boolean;
  /** Serve GraphiQL and allow introspection. */
  readonly graphiql: boolean;
  /** Where the built admin app is, to serve it from the same origin; null when not built. */
  readonly adminDist: string | null;
  /** Sign-in and API keys: AUTH_SECRET, AUTH_SECRET_FILE, AUTH_REQUIRED, DEMO_ADMIN_PASSWORD, ACCESS_TOKEN_TTL_SECONDS. */
  readonly auth: AuthConfig;
  /** Caps on documents, bodies and sockets; INTROSPECTION and FIELD_SUGGESTIONS (graphql/limits). */
  readonly limits: LimitsConfig;
  /** Per-principal request budget: RATE_LIMIT_POINTS per RATE_LIMIT_DURATION_SECONDS, TRUST_PROXY_HOPS. */
  readonly rateLimit: RateLimitConfig;
  /**
   * SOCKET_LEASE_SECONDS: with Redis, sockets count against MAX_SOCKETS_PER_PRINCIPAL across
   * instances, and the slots of an instance that died are freed this long after it last renewed them.
   */
  readonly socketLeaseSeconds: number;
  /** METRICS_TOKEN: the bearer token /metrics requires; unset, /metrics answers loopback clients only. */
  readonly metrics: MetricsAccessConfig;
  /** LOG_LEVEL: the least severe level written as JSON to stdout (default info; silent writes nothing). */
  readonly logLevel: LogLevel;
  /**
   * SHUTDOWN_DELAY_MS: after SIGTERM, how long /ready answers 503 while requests are still served,
   * so a load balancer stops sending work before the listener closes (default 1000).
   */
  readonly shutdownDelayMs: number;
}

/** A configuration problem, named after the variable that caused it. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): ApiConfig {
  const problems: string[] = [];
  const database = readDatabase(env, cwd, problems);
  const config: ApiConfig = {
    port: readPort(env['PORT'], problems),
    host: env['HOST']?.trim() || '0.0.0.0',
    database,
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], problems),
    seedDemo: readBoolean(env, 'SEED_DEMO', true, problems),
    graphiql: readBoolean(env, 'GRAPHIQL', true, problems),
    adminDist: env['ADMIN_DIST']?.trim() ? resolve(cwd, env['ADMIN_DIST'].trim()) : null,
    auth: readAuthConfig(env, cwd, database, problems),
    // A bad GRAPHIQL is already reported above; here it only supplies the defaults.
    limits: readLimitsConfig(env, readBoolean(env, 'GRAPHIQL', true, []), problems),
    rateLimit: readRateLimitConfig(env, problems),
    socketLeaseSeconds: readInteger(env, 'SOCKET_LEASE_SECONDS', 30, problems, 2, 3_600),
    metrics: readMetricsAccessConfig(env, problems),
    logLevel: readLogLevel(env, problems),
    shutdownDelayMs: readInteger(env, 'SHUTDOWN_DELAY_MS', 1_000, problems, 0, 60_000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function readLogLevel(env: Env, problems: string[]): LogLevel {
  const raw = env['LOG_LEVEL']?.trim().toLowerCase();
  if (!raw) return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env['LOG_LEVEL']}"`);
  return 'info';
}

function readPort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw.trim() === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`PORT must be an integer between 1 and 65535, got "${raw}"`);
    return 0;
  }
  return port;
}

function readDatabase(env: Env, cwd: string, problems: string[]): DatabaseConfig {
  const url = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems);
  if (url) return { kind: 'postgres', url, statementTimeoutMs: readInteger(env, 'DATABASE_STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS, problems) };
  const path = env['SQLITE_PATH']?.trim() || 'data/handoff.sqlite';
  if (path !== ':memory:' && path.endsWith('/')) problems.push(`SQLITE_PATH must name a file, got the folder "${path}"`);
  return { kind: 'sqlite', path: path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path) };
}

function readUrl(env: Env, name: string, protocols: readonly string[], problems: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (protocols.includes(url.protocol)) return raw;
    problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}, got "${url.protocol}//…"`);
  } catch {
    problems.push(`${name} is not a valid URL`);
  }
  return null;
}

function readBoolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  problems.push(`${name} must be true or false, got "${env[name]}"`);
  return fallback;
}
