import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { asRow } from '../../db/json-row';
import { requireWorkspace } from '../../db/workspace-scope';
import { AssignmentEntity } from './assignment.entity';

/** Assignment history of one workspace's tickets. */
export class AssignmentRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(assignment: AssignmentEntity): Promise<void> {
    requireWorkspace(assignment.workspaceId);
    await this.manager.insert(AssignmentEntity, asRow<AssignmentEntity>(assignment));
  }

  /** History of the given tickets, oldest first, for DataLoader batching. */
  ofTickets(workspaceId: string, ticketIds: readonly string[]): Promise<AssignmentEntity[]> {
    if (ticketIds.length === 0) return Promise.resolve([]);
    return this.manager.find(AssignmentEntity, {
      where: { workspaceId: requireWorkspace(workspaceId), ticketId: In([...ticketIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
