import type { EntityManager } from 'typeorm';
import { requireWorkspace } from '../../db/workspace-scope';
import { HandoffPolicyEntity } from './handoff-policy.entity';

/** The one handoff policy row of a workspace. */
export class HandoffPolicyRepository {
  constructor(private readonly manager: EntityManager) {}

  find(workspaceId: string): Promise<HandoffPolicyEntity | null> {
    return this.manager.findOne(HandoffPolicyEntity, { where: { workspaceId: requireWorkspace(workspaceId) } });
  }

  async insert(row: HandoffPolicyEntity): Promise<void> {
    await this.manager.insert(HandoffPolicyEntity, { ...row, workspaceId: requireWorkspace(row.workspaceId) });
  }

  /**
   * Compare-and-set: writes only if the stored version is still `expectedVersion`, and bumps it.
   * Returns whether a row changed; a single UPDATE, so two writers can never both win.
   */
  async compareAndSet(workspaceId: string, expectedVersion: number, change: { document: object; updatedAt: Date; updatedBy: string }): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(HandoffPolicyEntity)
      .set({ document: change.document, updatedAt: change.updatedAt, updatedBy: change.updatedBy, version: expectedVersion + 1 })
      .where('workspace_id = :workspaceId AND version = :expectedVersion', { workspaceId: requireWorkspace(workspaceId), expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
