import type { ContactDocument } from '../conversations/conversation.entity';
import type { ConversationStatusEnum } from '../conversations/dtos/conversation.type';
import { toTicketType } from '../tickets/tickets.mapper';
import type { ConversationHandedOffType, HandoffMessageKindEnum, HandoffModeEnum, HandoffResultType } from './dtos/handoff-result.type';
import type { PostVisitorMessageInput, ReportAgentSignalInput } from './dtos/post-visitor-message.input';
import type { AgentSignalCommand, VisitorMessageCommand } from './handoff-commands';
import type { ConversationHandedOffEvent } from './handoff-events';
import type { HandoffSummary } from './handoff-outcome';

const given = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** GraphQL input → flow command. The channel enum and lengths are checked by the flow. */
export function toVisitorMessageCommand(input: PostVisitorMessageInput): VisitorMessageCommand {
  const contact: ContactDocument | undefined = input.contact
    ? Object.fromEntries(Object.entries({ email: input.contact.email, company: input.contact.company, tier: input.contact.tier, custom: input.contact.custom }).filter(([, v]) => v != null))
    : undefined;
  return {
    conversationId: given(input.conversationId),
    channel: input.channel,
    language: given(input.language),
    contact,
    text: input.text,
    idempotencyKey: given(input.idempotencyKey),
  };
}

/** GraphQL input → flow command. */
export const toAgentSignalCommand = (input: ReportAgentSignalInput): AgentSignalCommand => ({ conversationId: input.conversationId, signal: input.signal });

/** Flow summary → GraphQL shape. */
export const toHandoffResultType = (h: HandoffSummary): HandoffResultType => ({
  handedOff: h.handedOff,
  reason: h.reason,
  firedTriggers: h.firedTriggers.map((f) => ({ ...f })),
  mode: h.mode as HandoffModeEnum | null,
  ticketId: h.ticketId,
  assigneeId: h.assigneeId,
  teamId: h.teamId,
  messageKind: h.messageKind as HandoffMessageKindEnum | null,
  messageText: h.messageText,
  conversationStatus: h.conversationStatus as ConversationStatusEnum,
});

/** Event → GraphQL shape. */
export const toConversationHandedOffType = (e: ConversationHandedOffEvent, cursor: string): ConversationHandedOffType => ({
  conversationId: e.conversationId,
  assigneeId: e.assigneeId,
  teamId: e.teamId,
  conversationStatus: e.conversationStatus as ConversationStatusEnum,
  mode: e.mode as HandoffModeEnum,
  reason: e.reason,
  messageKind: e.messageKind as HandoffMessageKindEnum,
  ticket: toTicketType(e.ticket),
  cursor,
});
