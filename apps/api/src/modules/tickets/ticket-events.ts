import { TOPICS } from '../../graphql/pubsub';
import type { OutboxEventInput } from '../outbox/outbox.repository';
import type { TicketEntity } from './ticket.entity';

/** A ticket as plain JSON (ISO dates), so events survive a trip through Redis unchanged. */
export interface TicketSnapshot {
  readonly id: string;
  readonly workspaceId: string;
  readonly subject: string;
  readonly description: string;
  readonly priority: string;
  readonly status: string;
  readonly tags: readonly string[];
  readonly sourceChannel: string;
  readonly destination: string;
  readonly custom: Record<string, unknown>;
  readonly ownerId: string | null;
  readonly teamId: string | null;
  readonly conversationId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What happened to a ticket. `assigned` also fires when a handoff creates a ticket with an owner. */
export type TicketEventKind = 'created' | 'updated' | 'assigned' | 'closed';

/** One event on the TICKET_EVENTS topic. */
export interface TicketEvent {
  readonly kind: TicketEventKind;
  readonly ticket: TicketSnapshot;
}

/** Entity → event snapshot. */
export const toTicketSnapshot = (t: TicketEntity): TicketSnapshot => ({
  id: t.id,
  workspaceId: t.workspaceId,
  subject: t.subject,
  description: t.description,
  priority: t.priority,
  status: t.status,
  tags: [...t.tags],
  sourceChannel: t.sourceChannel,
  destination: t.destination,
  custom: { ...t.custom },
  ownerId: t.ownerId,
  teamId: t.teamId,
  conversationId: t.conversationId,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

/** Ticket changes as outbox events, to write in the transaction that makes them (published after it commits). */
export const ticketOutboxEvents = (events: readonly TicketEvent[]): OutboxEventInput[] =>
  events.map((payload) => ({ topic: TOPICS.ticketEvents, payload }));
