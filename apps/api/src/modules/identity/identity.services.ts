import type { DataSource } from 'typeorm';
import type { Clock, IdGenerator } from '../../shared/clock';
import { AccessTokens } from './access-token';
import { ApiKeysService } from './api-keys.service';
import { Authenticator } from './authenticator';
import { randomSecret } from './secrets';
import { SessionsService } from './sessions.service';

/** Sign-in, API keys and recognising credentials. */
export interface IdentityServices {
  readonly sessions: SessionsService;
  readonly apiKeys: ApiKeysService;
  readonly authenticator: Authenticator;
  /** Signs access tokens; tests use it to mint tokens for any principal. */
  readonly accessTokens: AccessTokens;
}

/**
 * Wires identity. Without a secret (unit and integration tests) tokens are signed with a random
 * per-process one, so nothing ever signs with a constant; the server always passes the configured
 * or per-install secret (auth-secret.ts).
 */
export function createIdentityServices(deps: { dataSource: DataSource; clock: Clock; ids: IdGenerator; authSecret?: string; accessTokenTtlSeconds?: number }): IdentityServices {
  const accessTokens = new AccessTokens(deps.authSecret ?? randomSecret(), deps.clock, deps.accessTokenTtlSeconds);
  const apiKeys = new ApiKeysService(deps.dataSource, deps.clock, deps.ids);
  return {
    sessions: new SessionsService(deps.dataSource, accessTokens, deps.clock, deps.ids),
    apiKeys,
    authenticator: new Authenticator(accessTokens, apiKeys, deps.clock),
    accessTokens,
  };
}
