import type { Clock } from '../../shared/clock';
import { sessionEndsAt, type AccessTokens } from './access-token';
import type { ApiKeysService } from './api-keys.service';
import type { Principal } from './principal';
import { isRole } from './roles';
import { looksLikeApiKey } from './secrets';

/** Turns a presented credential into a principal, and tells whether one is still good. */
export class Authenticator {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly apiKeys: ApiKeysService,
    private readonly clock: Clock,
  ) {}

  /** The principal a credential proves; null when it proves nothing (unknown, revoked, expired, forged). */
  async authenticate(credential: string): Promise<Principal | null> {
    if (looksLikeApiKey(credential)) {
      const key = await this.apiKeys.findLive(credential);
      if (!key || !isRole(key.role)) return null;
      return { kind: 'apiKey', label: `api-key:${key.name}`, apiKeyId: key.id, workspaceId: key.workspaceId, role: key.role, name: key.name };
    }
    const claims = await this.tokens.verify(credential);
    return claims ? { kind: 'session', ...claims } : null;
  }

  /** Whether a principal authenticated earlier may still act: its token has not expired, its key is not revoked (seen within a minute). */
  async isStillValid(principal: Principal): Promise<boolean> {
    if (principal.kind === 'session') return sessionEndsAt(principal.expiresAt) > this.clock().getTime();
    return this.apiKeys.isLive(principal.workspaceId, principal.apiKeyId);
  }
}
