import { IsNull, type EntityManager } from 'typeorm';
import { requireWorkspace } from '../../db/workspace-scope';
import { UserEntity } from '../people/user.entity';
import { ApiKeyEntity } from './api-key.entity';
import { RefreshTokenEntity } from './refresh-token.entity';

/**
 * Credentials: passwords, refresh tokens and API keys. Lookups by a secret's hash are the only
 * queries not scoped by a caller's workspace, because the credential is what names the workspace;
 * everything they return carries its workspace, and every other call requires one.
 */
export class IdentityRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Everyone who could be signing in with this email, in any workspace (before the workspace is known). */
  findSignInCandidates(email: string): Promise<UserEntity[]> {
    return this.manager.find(UserEntity, { where: { email }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findUser(workspaceId: string, userId: string): Promise<UserEntity | null> {
    return this.manager.findOneBy(UserEntity, { workspaceId: requireWorkspace(workspaceId), id: userId });
  }

  async setPasswordHash(workspaceId: string, userId: string, passwordHash: string): Promise<void> {
    await this.manager.update(UserEntity, { workspaceId: requireWorkspace(workspaceId), id: userId }, { passwordHash });
  }

  async insertRefreshToken(row: RefreshTokenEntity): Promise<void> {
    requireWorkspace(row.workspaceId);
    await this.manager.insert(RefreshTokenEntity, row);
  }

  findRefreshToken(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.manager.findOneBy(RefreshTokenEntity, { tokenHash });
  }

  /** Revokes a live refresh token; false when it was already revoked (someone used it first). */
  async revokeRefreshToken(workspaceId: string, id: string, at: Date): Promise<boolean> {
    const result = await this.manager.update(RefreshTokenEntity, { workspaceId: requireWorkspace(workspaceId), id, revokedAt: IsNull() }, { revokedAt: at });
    return (result.affected ?? 0) > 0;
  }

  /** Revokes every live refresh token of a person: a reused token means the chain leaked. */
  async revokeRefreshTokensOf(workspaceId: string, userId: string, at: Date): Promise<void> {
    await this.manager.update(RefreshTokenEntity, { workspaceId: requireWorkspace(workspaceId), userId, revokedAt: IsNull() }, { revokedAt: at });
  }

  async insertApiKey(row: ApiKeyEntity): Promise<void> {
    requireWorkspace(row.workspaceId);
    await this.manager.insert(ApiKeyEntity, row);
  }

  listApiKeys(workspaceId: string): Promise<ApiKeyEntity[]> {
    return this.manager.find(ApiKeyEntity, { where: { workspaceId: requireWorkspace(workspaceId) }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  findApiKey(workspaceId: string, id: string): Promise<ApiKeyEntity | null> {
    return this.manager.findOneBy(ApiKeyEntity, { workspaceId: requireWorkspace(workspaceId), id });
  }

  findApiKeyByHash(keyHash: string): Promise<ApiKeyEntity | null> {
    return this.manager.findOneBy(ApiKeyEntity, { keyHash });
  }

  async revokeApiKey(workspaceId: string, id: string, at: Date): Promise<boolean> {
    const result = await this.manager.update(ApiKeyEntity, { workspaceId: requireWorkspace(workspaceId), id, revokedAt: IsNull() }, { revokedAt: at });
    return (result.affected ?? 0) > 0;
  }
}
