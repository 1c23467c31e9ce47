import { err, issue, ok } from '@handoff/domain';
import type { DataSource } from 'typeorm';
import type { Clock, IdGenerator } from '../../shared/clock';
import { invalid, notFound, type ServiceResult } from '../../shared/service-result';
import type { ApiKeyEntity } from './api-key.entity';
import { IdentityRepository } from './identity.repository';
import type { Role } from './roles';
import { API_KEY_VISIBLE_LENGTH, hashSecret, newApiKey } from './secrets';
import { TtlCache } from './ttl-cache';

/** How long a looked-up key is trusted before it is read again: a revocation elsewhere takes effect within this. */
export const API_KEY_CACHE_MS = 60_000;

const MAX_NAME = 200;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** API keys of client apps and integrators: created (shown once), listed, revoked, and recognised on requests. */
export class ApiKeysService {
  private readonly cache: TtlCache<string, ApiKeyEntity | null>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {
    this.cache = new TtlCache(clock, API_KEY_CACHE_MS);
  }

  async create(scope: { workspaceId: string; actor: string }, name: string, role: Role): Promise<ServiceResult<{ key: string; row: ApiKeyEntity }>> {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > MAX_NAME) return err(invalid([issue('INVALID_VALUE', 'name', `A name must be 1–${MAX_NAME} characters and not blank`)]));
    // A lone surrogate is not text: the databases would store it as something else than was shown.
    if (LONE_SURROGATE.test(trimmed)) return err(invalid([issue('INVALID_VALUE', 'name', 'A name must be valid Unicode text')]));
    const key = newApiKey();
    const row: ApiKeyEntity = {
      id: this.ids(),
      workspaceId: scope.workspaceId,
      name: trimmed,
      role,
      prefix: key.slice(0, API_KEY_VISIBLE_LENGTH),
      keyHash: hashSecret(key),
      createdBy: scope.actor,
      createdAt: this.clock(),
      revokedAt: null,
    };
    await new IdentityRepository(this.dataSource.manager).insertApiKey(row);
    return ok({ key, row });
  }

  list(workspaceId: string): Promise<ApiKeyEntity[]> {
    return new IdentityRepository(this.dataSource.manager).listApiKeys(workspaceId);
  }

  async revoke(workspaceId: string, id: string): Promise<ServiceResult<ApiKeyEntity>> {
    const repo = new IdentityRepository(this.dataSource.manager);
    const row = await repo.findApiKey(workspaceId, id);
    if (!row) return err(notFound('apiKey', id));
    const revokedAt = row.revokedAt ?? this.clock();
    if (!row.revokedAt) await repo.revokeApiKey(workspaceId, id, revokedAt);
    // This instance forgets at once; others within API_KEY_CACHE_MS.
    this.cache.clear();
    return ok({ ...row, revokedAt });
  }

  /** The live key a presented secret names; null when unknown or revoked. */
  async findLive(key: string): Promise<ApiKeyEntity | null> {
    const keyHash = hashSecret(key);
    const row = await this.cache.get(`hash:${keyHash}`, () => new IdentityRepository(this.dataSource.manager).findApiKeyByHash(keyHash));
    return row && !row.revokedAt ? row : null;
  }

  /** Whether a key is still live, read at most once per API_KEY_CACHE_MS (long-lived sockets ask this). */
  async isLive(workspaceId: string, id: string): Promise<boolean> {
    const row = await this.cache.get(`id:${id}`, () => new IdentityRepository(this.dataSource.manager).findApiKey(workspaceId, id));
    return row !== null && !row.revokedAt;
  }
}
