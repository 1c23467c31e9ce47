import type { EntityManager } from 'typeorm';
import { requireWorkspace } from '../../db/workspace-scope';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/**
 * Serializes assignment decisions per workspace. Two concurrent handoffs on PostgreSQL would
 * otherwise read the same round-robin cursor and open-ticket counts and pick the same person;
 * locking the workspace row until commit makes the second wait and see the first's result.
 * FOR NO KEY UPDATE, not FOR UPDATE: each insert of a row referencing the workspace takes a KEY
 * SHARE lock on it, which FOR UPDATE would wait for (and deadlock with). SQLite needs nothing:
 * it has one writer, and serializeTransactions runs this process's transactions one at a time.
 */export class AssignmentLockRepository {
  constructor(private readonly manager: EntityManager) {}

  async lock(workspaceId: string): Promise<void> {
    if (this.manager.connection.options.type !== 'postgres') return;
    await this.manager
      .createQueryBuilder(WorkspaceEntity, 'w')
      .select('w.id')
      .where('w.id = :workspaceId', { workspaceId: requireWorkspace(workspaceId) })
      .setLock('for_no_key_update')
      .getRawOne();
  }
}
