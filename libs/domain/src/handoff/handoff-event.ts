import type { Priority } from '../rules/rule-ast';
import type { RoutingFacts } from '../rules/routing-facts';

/** What the AI agent reports about the turn: it could not answer, it is paused, the visitor asked for a person. */
export interface HandoffSignals {
  readonly agentCannotAnswer?: boolean;
  readonly agentPaused?: boolean;
  readonly visitorAskedForHuman?: boolean;
}

/** The conversation being handed off. */
export interface HandoffConversation {
  readonly id: string;
  /** One of `CHANNELS` (chat, email…); routable as `conversation.channel` and the ticket's source channel. */
  readonly channel: string;
  readonly language?: string | null;
  /** The channel's display name ("Web chat EU"), routable as `channel.name`. */
  readonly channelName?: string | null;
}

/** What is known about the visitor, routable as `contact.*`. */
export type HandoffContact = NonNullable<RoutingFacts['contact']>;

/** Hints for the ticket the handoff creates; anything absent is derived from the conversation. */
export interface TicketHints {
  readonly subject?: string | null;
  readonly description?: string | null;
  readonly priority?: Priority | null;
  readonly tags?: readonly string[] | null;
  readonly custom?: Readonly<Record<string, unknown>> | null;
}

/** One turn of a conversation that may start a handoff: the visitor's message and/or the AI agent's signals. */
export interface HandoffEvent {
  /** The visitor's latest message, checked for custom trigger phrases and requests for a person. */
  readonly messageText?: string | null;
  readonly signals?: HandoffSignals;
  readonly conversation: HandoffConversation;
  readonly contact?: HandoffContact | null;
  readonly ticket?: TicketHints | null;
}
