import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupBy } from '../../shared/group-by';
import type { AssignmentEntity } from './assignment.entity';
import { AssignmentRepository } from './assignment.repository';
import type { TicketEntity } from './ticket.entity';
import { TicketRepository } from './ticket.repository';

/** Per-request batch loaders for tickets. */
export interface TicketLoaders {
  readonly ticketById: DataLoader<string, TicketEntity | null>;
  readonly assignmentsOfTicket: DataLoader<string, AssignmentEntity[]>;
  readonly ticketsOfConversation: DataLoader<string, TicketEntity[]>;
}

/** Creates the ticket loaders for one request in one workspace. */
export function createTicketLoaders(dataSource: DataSource, workspaceId: string): TicketLoaders {
  const tickets = new TicketRepository(dataSource.manager);
  const assignments = new AssignmentRepository(dataSource.manager);
  return {
    ticketById: new DataLoader(async (ids) => {
      const found = new Map((await tickets.findByIds(workspaceId, ids)).map((t) => [t.id, t]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    assignmentsOfTicket: new DataLoader(async (ticketIds) => groupBy(ticketIds, await assignments.ofTickets(workspaceId, ticketIds), (a) => a.ticketId)),
    ticketsOfConversation: new DataLoader(async (conversationIds) =>
      groupBy(conversationIds, await tickets.ofConversations(workspaceId, conversationIds), (t) => t.conversationId ?? ''),
    ),
  };
}
