import { completeHandoff, screenHandoff, type HandoffEvent, type HandoffPolicy, type HandoffSignals, type HandoffTaken } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import type { IdGenerator } from '../../shared/clock';
import type { ConversationEntity } from '../conversations/conversation.entity';
import { ConversationRepository } from '../conversations/conversation.repository';
import type { MessageEntity } from '../conversations/message.entity';
import { TeamRepository } from '../people/team.repository';
import { defaultPolicyFor } from '../policies/default-policy';
import { compileActivePolicy, loadActivePolicy, type ReplacedDocument } from '../policies/load-active-policy';
import { AssignmentRepository } from '../tickets/assignment.repository';
import { toTicketSnapshot, type TicketEvent } from '../tickets/ticket-events';
import { TicketRepository } from '../tickets/ticket.repository';
import type { TicketEntity } from '../tickets/ticket.entity';
import { AssignmentLockRepository } from './assignment-lock.repository';
import { loadAvailabilitySnapshot } from './availability-snapshot';
import type { FlowEvents } from './handoff-events';
import { declinedSummary, describeAssignment, summarizeTrigger, type HandoffSummary } from './handoff-outcome';

/** One turn's input, inside the caller's transaction. */
export interface HandoffTurnInput {
  readonly manager: EntityManager;
  readonly workspaceId: string;
  readonly conversation: ConversationEntity;
  readonly messageText?: string;
  readonly signals?: HandoffSignals;
  readonly now: Date;
  readonly ids: IdGenerator;
}

/** What the turn stored, and the events to publish once it commits. */
export interface HandoffTurnResult {
  readonly conversation: ConversationEntity;
  readonly ticket: TicketEntity | null;
  readonly botMessage: MessageEntity | null;
  readonly handoff: HandoffSummary;
  readonly events: FlowEvents;
  /** Stored configuration the turn could not use and replaced by the safe path (see loadActivePolicy). */
  readonly unusable: readonly ReplacedDocument[];
}

/**
 * Decides and stores one turn. A conversation already with people (assigned, unassigned or
 * closed) is never handed off twice. Whether a handoff is due does not depend on who is
 * available, so the domain screens the turn first: turns without a handoff neither lock nor load
 * availability, and a due one is routed and assigned exactly once.
 */
export async function runHandoffTurn(input: HandoffTurnInput): Promise<HandoffTurnResult> {
  const { manager, workspaceId, conversation, now } = input;
  const untouched = { conversation, ticket: null, botMessage: null, events: { tickets: [], handedOff: null } };
  if (conversation.status !== 'bot') return { ...untouched, unusable: [], handoff: declinedSummary('alreadyHandedOff', [], conversation.status) };

  const active = await loadActivePolicy(manager, workspaceId);
  const policy = active?.policy ?? (await defaultPolicyFor(manager, workspaceId));
  const unusable = active?.unusable ?? [];
  const unchanged = { ...untouched, unusable };
  const compiled = compileActivePolicy(policy);
  const event: HandoffEvent = {
    ...(input.messageText !== undefined ? { messageText: input.messageText } : {}),
    ...(input.signals ? { signals: input.signals } : {}),
    conversation: { id: conversation.id, channel: conversation.channel, language: conversation.language, channelName: conversation.channelName },
    contact: conversation.contact,
  };
  const screen = screenHandoff(compiled, event);
  if (!screen.handoff) return { ...unchanged, handoff: declinedSummary(screen.reason, screen.firedTriggers, conversation.status) };

  await new AssignmentLockRepository(manager).lock(workspaceId);
  const decision = completeHandoff(compiled, event, await loadAvailabilitySnapshot(manager, workspaceId, now), screen);
  return storeHandoff(input, decision, policy, unusable);
}

async function storeHandoff(input: HandoffTurnInput, decision: HandoffTaken, policy: HandoffPolicy, unusable: readonly ReplacedDocument[]): Promise<HandoffTurnResult> {
  const { manager, workspaceId, now, ids } = input;
  const draft = decision.ticket;
  const ticket: TicketEntity = {
    id: ids(),
    workspaceId,
    subject: draft.subject,
    description: draft.description,
    priority: draft.priority,
    status: 'new',
    tags: [...draft.tags],
    sourceChannel: draft.sourceChannel,
    destination: draft.destination,
    custom: {},
    ownerId: draft.ownerId,
    teamId: draft.teamId,
    conversationId: input.conversation.id,
    idempotencyKey: null,
    createdAt: now,
    updatedAt: now,
  };
  await new TicketRepository(manager).insert(ticket);
  const { method, reason } = describeAssignment(decision, policy, unusable);
  await new AssignmentRepository(manager).insert({
    id: ids(),
    workspaceId,
    ticketId: ticket.id,
    userId: ticket.ownerId,
    teamId: ticket.teamId,
    method,
    reason: reason.slice(0, 500),
    actor: null,
    createdAt: now,
  });
  if (decision.roundRobinCursor) await new TeamRepository(manager).saveRoundRobinCursor(workspaceId, decision.roundRobinCursor.key, decision.roundRobinCursor.userId);

  const conversations = new ConversationRepository(manager);
  const changes = { status: decision.conversationStatus, assigneeId: ticket.ownerId, teamId: ticket.teamId, updatedAt: now };
  await conversations.update(workspaceId, input.conversation.id, changes);
  // One millisecond after the visitor's message, so "oldest first" shows the reply after it.
  const botMessage: MessageEntity = {
    id: ids(),
    workspaceId,
    conversationId: input.conversation.id,
    author: 'bot',
    text: decision.message.text,
    idempotencyKey: null,
    outcome: null,
    createdAt: new Date(now.getTime() + 1),
  };
  await conversations.insertMessage(botMessage);

  const handoff: HandoffSummary = {
    handedOff: true,
    reason: decision.reason,
    firedTriggers: decision.firedTriggers.map(summarizeTrigger),
    mode: decision.mode,
    ticketId: ticket.id,
    assigneeId: ticket.ownerId,
    teamId: ticket.teamId,
    messageKind: decision.message.kind,
    messageText: decision.message.text,
    conversationStatus: decision.conversationStatus,
    botMessageId: botMessage.id,
  };
  const snapshot = toTicketSnapshot(ticket);
  const tickets: TicketEvent[] = [{ kind: 'created', ticket: snapshot }, ...(ticket.ownerId ? [{ kind: 'assigned' as const, ticket: snapshot }] : [])];
  const handedOff = { conversationId: input.conversation.id, conversationStatus: decision.conversationStatus, mode: decision.mode, reason: decision.reason, messageKind: decision.message.kind, assigneeId: ticket.ownerId, teamId: ticket.teamId, ticket: snapshot };
  const assignment = { method, outcome: decision.assignment.status === 'assigned' ? ('assigned' as const) : ('unassigned' as const) };
  return { conversation: { ...input.conversation, ...changes }, ticket, botMessage, handoff, events: { tickets, handedOff, assignment }, unusable };
}
