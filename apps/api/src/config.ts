import { isAbsolute, resolve } from 'node:path';
import type { DatabaseConfig } from './db/data-source';

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
  const config: ApiConfig = {
    port: readPort(env['PORT'], problems),
    host: env['HOST']?.trim() || '0.0.0.0',
    database: readDatabase(env, cwd, problems),
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], problems),
    seedDemo: readBoolean(env, 'SEED_DEMO', true, problems),
    graphiql: readBoolean(env, 'GRAPHIQL', true, problems),
    adminDist: env['ADMIN_DIST']?.trim() ? resolve(cwd, env['ADMIN_DIST'].trim()) : null,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
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
  if (url) return { kind: 'postgres', url };
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
