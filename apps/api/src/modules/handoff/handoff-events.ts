import { TOPICS } from '../../graphql/pubsub';
import type { OutboxEventInput } from '../outbox/outbox.repository';
import { ticketOutboxEvents, type TicketEvent, type TicketSnapshot } from '../tickets/ticket-events';

/** One event on the CONVERSATION_HANDED_OFF topic; plain JSON so it may cross Redis. */
export interface ConversationHandedOffEvent {
  readonly conversationId: string;
  readonly conversationStatus: string;
  readonly mode: 'live' | 'async';
  readonly reason: string;
  readonly messageKind: string;
  readonly assigneeId: string | null;
  readonly teamId: string | null;
  readonly ticket: TicketSnapshot;
}

/** What a committed turn of the flow announces. */
export interface FlowEvents {
  readonly tickets: readonly TicketEvent[];
  readonly handedOff: ConversationHandedOffEvent | null;
  /** How the handoff assigned its ticket, for the assignment metrics; null without a handoff. */
  readonly assignment?: { readonly method: string; readonly outcome: 'assigned' | 'unassigned' } | null;
}

/** A turn's events as outbox events, to write in the turn's transaction (published after it commits). */
export const flowOutboxEvents = (events: FlowEvents): OutboxEventInput[] => [
  ...ticketOutboxEvents(events.tickets),
  ...(events.handedOff ? [{ topic: TOPICS.conversationHandedOff, payload: events.handedOff }] : []),
];
