import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AuthConfig } from './auth-config';
import { MIN_SECRET_LENGTH } from './auth-config';
import { randomSecret } from './secrets';

/**
 * The signing secret: AUTH_SECRET when set; otherwise one generated on first boot and kept in
 * the data folder (readable by the owner only), so each install has its own and sessions survive
 * restarts. Several instances must share AUTH_SECRET (or the file). Throws when the kept file is unusable.
 */
export function loadAuthSecret(config: AuthConfig): string {
  if (config.secret) return config.secret;
  if (existsSync(config.secretFile)) {
    const kept = readFileSync(config.secretFile, 'utf8').trim();
    if (kept.length < MIN_SECRET_LENGTH) throw new Error(`The auth secret in ${config.secretFile} is shorter than ${MIN_SECRET_LENGTH} characters; delete it or set AUTH_SECRET`);
    return kept;
  }
  mkdirSync(dirname(config.secretFile), { recursive: true });
  const secret = randomSecret();
  writeFileSync(config.secretFile, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(config.secretFile, 0o600);
  return secret;
}
