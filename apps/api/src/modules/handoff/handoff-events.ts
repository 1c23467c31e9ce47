import type { PubSub } from 'type-graphql';
import { TOPICS } from '../../graphql/pubsub';
import { publishTicketEvents, type TicketEvent, type TicketSnapshot } from '../tickets/ticket-events';

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
}

/** Publishes a turn's events; call only after its transaction commits. */
export function publishFlowEvents(pubSub: PubSub, workspaceId: string, events: FlowEvents): void {
  publishTicketEvents(pubSub, workspaceId, events.tickets);
  if (events.handedOff) pubSub.publish(TOPICS.conversationHandedOff, workspaceId, events.handedOff);
}
