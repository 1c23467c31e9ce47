import type { EntityManager } from 'typeorm';
import { requireWorkspace } from '../../db/workspace-scope';
import { AuditEntryEntity } from './audit-entry.entity';

/** A configuration change to record. */
export interface AuditRecord {
  readonly workspaceId: string;
  readonly actor: string;
  readonly entityType: 'handoffPolicy' | 'ruleSet' | 'destination' | 'user' | 'team';
  readonly entityId: string;
  readonly action: string;
  readonly before: object | null;
  readonly after: object | null;
}

/** The audit log. Writers call `append` inside the transaction of the change it records. */
export class AuditRepository {
  constructor(private readonly manager: EntityManager) {}

  async append(record: AuditRecord, id: string, at: Date): Promise<void> {
    await this.manager.insert(AuditEntryEntity, {
      id,
      workspaceId: requireWorkspace(record.workspaceId),
      actor: record.actor,
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      before: record.before,
      after: record.after,
      createdAt: at,
    });
  }

  /** Newest first, keyset-paged on (createdAt, id). */
  page(workspaceId: string, limit: number, before?: { createdAt: Date; id: string }): Promise<AuditEntryEntity[]> {
    const query = this.manager
      .createQueryBuilder(AuditEntryEntity, 'a')
      .where('a.workspace_id = :workspaceId', { workspaceId: requireWorkspace(workspaceId) })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(limit);
    if (before) {
      query.andWhere('(a.created_at < :at OR (a.created_at = :at AND a.id < :id))', { at: before.createdAt.toISOString(), id: before.id });
    }
    return query.getMany();
  }
}
