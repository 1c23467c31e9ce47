import { dirname, isAbsolute, resolve } from 'node:path';
import type { DatabaseConfig } from '../../db/data-source';
import { readInteger } from '../../graphql/limits/read-env';
import { ACCESS_TOKEN } from './access-token';

/** How the API authenticates. Read by config.ts (the only reader of process.env) at boot. */
export interface AuthConfig {
  /** The access tokens' signing secret (AUTH_SECRET); null means "generate one per install and keep it in secretFile". */
  readonly secret: string | null;
  /** Where a generated secret is kept (AUTH_SECRET_FILE; by default next to the SQLite file, else ./data). */
  readonly secretFile: string;
  /**
   * AUTH_REQUIRED=false lets credential-less requests act as the demo workspace's admin. For local
   * demos only; the default is true, and the API says so loudly at boot when it is off.
   */
  readonly required: boolean;
  /** The demo admin's password when the demo is seeded (DEMO_ADMIN_PASSWORD, default "handoff-demo"). */
  readonly demoAdminPassword: string;
  /**
   * How long an access token lives (ACCESS_TOKEN_TTL_SECONDS, default 900, at most 3600): the
   * longest a stolen token or a removed person's session can be used. Tests shorten it.
   */
  readonly accessTokenTtlSeconds: number;
}

/** The smallest secret accepted: 32 characters (HS256 wants at least 256 bits of key). */
export const MIN_SECRET_LENGTH = 32;

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the AUTH_* variables, adding one message per bad variable to `problems`. */
export function readAuthConfig(env: Env, cwd: string, database: DatabaseConfig, problems: string[]): AuthConfig {
  const secret = env['AUTH_SECRET']?.trim() || null;
  if (secret !== null && secret.length < MIN_SECRET_LENGTH) problems.push(`AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
  const dataDir = database.kind === 'sqlite' && database.path !== ':memory:' ? dirname(database.path) : resolve(cwd, 'data');
  const file = env['AUTH_SECRET_FILE']?.trim();
  const secretFile = file ? (isAbsolute(file) ? file : resolve(cwd, file)) : resolve(dataDir, 'auth-secret');
  const rawRequired = env['AUTH_REQUIRED']?.trim().toLowerCase();
  let required = true;
  if (rawRequired === 'false') required = false;
  else if (rawRequired !== undefined && rawRequired !== '' && rawRequired !== 'true') problems.push(`AUTH_REQUIRED must be true or false, got "${env['AUTH_REQUIRED']}"`);
  const demoAdminPassword = env['DEMO_ADMIN_PASSWORD'] ?? 'handoff-demo';
  if (demoAdminPassword.length < 8) problems.push('DEMO_ADMIN_PASSWORD must be at least 8 characters long');
  const accessTokenTtlSeconds = readInteger(env, 'ACCESS_TOKEN_TTL_SECONDS', ACCESS_TOKEN.ttlSeconds, problems, 1, 3600);
  return { secret, secretFile, required, demoAdminPassword, accessTokenTtlSeconds };
}
