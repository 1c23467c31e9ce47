import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { asRow } from '../../db/json-row';
import { requireWorkspace } from '../../db/workspace-scope';
import type { KeysetPosition, Page } from '../../graphql/keyset-cursor';
import { TicketEntity } from './ticket.entity';

/** Which tickets a list shows. */
export interface TicketFilter {
  readonly status?: string;
  readonly teamId?: string;
  readonly ownerId?: string;
  readonly destination?: string;
  readonly tag?: string;
}

/** What may change on a ticket after it exists. */
export type TicketChanges = Partial<
  Pick<TicketEntity, 'subject' | 'description' | 'priority' | 'status' | 'tags' | 'custom' | 'ownerId' | 'teamId' | 'updatedAt'>
>;

/** Tickets of one workspace. The only place that queries the tickets table. */
export class TicketRepository {
  constructor(private readonly manager: EntityManager) {}

  findById(workspaceId: string, id: string): Promise<TicketEntity | null> {
    return this.manager.findOneBy(TicketEntity, { workspaceId: requireWorkspace(workspaceId), id });
  }

  findByIds(workspaceId: string, ids: readonly string[]): Promise<TicketEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.find(TicketEntity, { where: { workspaceId: requireWorkspace(workspaceId), id: In([...ids]) } });
  }

  findByIdempotencyKey(workspaceId: string, key: string): Promise<TicketEntity | null> {
    return this.manager.findOneBy(TicketEntity, { workspaceId: requireWorkspace(workspaceId), idempotencyKey: key });
  }

  async insert(ticket: TicketEntity): Promise<void> {
    requireWorkspace(ticket.workspaceId);
    await this.manager.insert(TicketEntity, asRow<TicketEntity>(ticket));
  }

  async update(workspaceId: string, id: string, changes: TicketChanges): Promise<void> {
    await this.manager.update(TicketEntity, { workspaceId: requireWorkspace(workspaceId), id }, asRow<TicketEntity>(changes));
  }

  /** Newest first, keyset-paged on (created_at, id): stable under inserts and cheap at any depth. */
  async page(workspaceId: string, filter: TicketFilter, first: number, after: KeysetPosition | null): Promise<Page<TicketEntity>> {
    const query = this.manager
      .createQueryBuilder(TicketEntity, 't')
      .where('t.workspace_id = :workspaceId', { workspaceId: requireWorkspace(workspaceId) });
    if (filter.status !== undefined) query.andWhere('t.status = :status', { status: filter.status });
    if (filter.teamId !== undefined) query.andWhere('t.team_id = :teamId', { teamId: filter.teamId });
    if (filter.ownerId !== undefined) query.andWhere('t.owner_id = :ownerId', { ownerId: filter.ownerId });
    if (filter.destination !== undefined) query.andWhere('t.destination = :destination', { destination: filter.destination });
    if (filter.tag !== undefined) {
      // Tags are a JSON array in text; an exact substring search for the quoted tag needs no
      // LIKE escaping and behaves the same (case-sensitive) on both databases.
      const find = this.manager.connection.options.type === 'postgres' ? 'strpos(t.tags, :needle)' : 'instr(t.tags, :needle)';
      query.andWhere(`${find} > 0`, { needle: JSON.stringify(filter.tag) });
    }
    if (after) {
      query.andWhere('(t.created_at < :afterAt OR (t.created_at = :afterAt AND t.id < :afterId))', {
        afterAt: after.createdAt.toISOString(),
        afterId: after.id,
      });
    }
    const rows = await query.orderBy('t.created_at', 'DESC').addOrderBy('t.id', 'DESC').take(first + 1).getMany();
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  /** Tickets born from the given conversations, for batching. */
  ofConversations(workspaceId: string, conversationIds: readonly string[]): Promise<TicketEntity[]> {
    if (conversationIds.length === 0) return Promise.resolve([]);
    return this.manager.find(TicketEntity, {
      where: { workspaceId: requireWorkspace(workspaceId), conversationId: In([...conversationIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
