import { err, ok, type HandoffSignals } from '@handoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../db/is-unique-violation';
import type { Logger } from '../../observability/logger';
import { countAssignment } from '../../observability/metrics';
import type { Clock, IdGenerator } from '../../shared/clock';
import { idempotencyKeyReused, invalid, notFound, type ServiceResult } from '../../shared/service-result';
import { requestFingerprint } from '../../shared/request-fingerprint';
import type { ConversationEntity } from '../conversations/conversation.entity';
import { ConversationRepository } from '../conversations/conversation.repository';
import type { MessageEntity } from '../conversations/message.entity';
import { logUnusable } from '../policies/stored-documents';
import { TicketRepository } from '../tickets/ticket.repository';
import type { TicketEntity } from '../tickets/ticket.entity';
import { SIGNALS, toContactDocument, validateVisitorMessage, type AgentSignalCommand, type VisitorMessageCommand } from './handoff-commands';
import type { EventOutbox } from '../outbox/outbox-relay';
import { flowOutboxEvents, type FlowEvents } from './handoff-events';
import { describeUnusable, type HandoffSummary } from './handoff-outcome';
import { runHandoffTurn } from './run-handoff-turn';

/** What one turn of the flow produced. */
export interface FlowOutcome {
  readonly conversation: ConversationEntity;
  /** The visitor's message; null for an agent signal. */
  readonly message: MessageEntity | null;
  readonly botMessage: MessageEntity | null;
  readonly ticket: TicketEntity | null;
  readonly handoff: HandoffSummary;
}

type Committed = { readonly outcome: FlowOutcome; readonly events: FlowEvents };
const NO_EVENTS: FlowEvents = { tickets: [], handedOff: null };

/**
 * The live handoff flow: a visitor message (or an AI agent's signal) in, and for a handoff the
 * ticket, its assignment, the visitor's reply, the conversation's new status and its events (in
 * the outbox), all in one transaction; the relay publishes the events after it commits.
 */
export class HandoffFlowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly logger: Logger,
  ) {}

  /**
   * A visitor's message and its turn of the flow. With an idempotency key (unique per workspace,
   * whoever sends it) a retry of the same request answers with the first result, however many run
   * at once; the same key with a different request is IDEMPOTENCY_KEY_REUSED and writes nothing.
   */
  async postVisitorMessage(workspaceId: string, command: VisitorMessageCommand): Promise<ServiceResult<FlowOutcome>> {
    const issues = validateVisitorMessage(command);
    if (issues.length > 0) return err(invalid(issues));
    const { idempotencyKey: key, ...request } = command;
    const fingerprint = key ? requestFingerprint(request) : null;
    try {
      const result = await this.dataSource.transaction(async (manager): Promise<ServiceResult<Committed>> => {
        const conversations = new ConversationRepository(manager);
        const earlier = key ? await conversations.findMessageByIdempotencyKey(workspaceId, key) : null;
        if (earlier) {
          const replayed = await replay(manager, workspaceId, earlier, fingerprint);
          return replayed.ok ? ok({ outcome: replayed.value, events: NO_EVENTS }) : replayed;
        }
        const now = this.clock();
        // Only an absent id starts a conversation; an empty one names nothing (NOT_FOUND).
        const conversation = command.conversationId != null
          ? await conversations.findById(workspaceId, command.conversationId)
          : await this.startConversation(conversations, workspaceId, command, now);
        if (!conversation) return err(notFound('conversation', command.conversationId ?? '', 'input.conversationId'));
        const message: MessageEntity = {
          id: this.ids(),
          workspaceId,
          conversationId: conversation.id,
          author: 'visitor',
          text: command.text,
          idempotencyKey: key ?? null,
          idempotencyFingerprint: fingerprint,
          outcome: null,
          createdAt: now,
        };
        await conversations.insertMessage(message);
        const turn = await this.turn(manager, workspaceId, conversation, { messageText: command.text }, now);
        await conversations.setMessageOutcome(workspaceId, message.id, turn.outcome.handoff);
        await this.outbox.append(manager, workspaceId, flowOutboxEvents(turn.events));
        return ok({ outcome: { ...turn.outcome, message: { ...message, outcome: turn.outcome.handoff } }, events: turn.events });
      });
      if (!result.ok) return result;
      this.committed(result.value.events);
      return ok(result.value.outcome);
    } catch (error) {
      // A parallel retry with the same key committed first (PostgreSQL): answer as if it had been seen above.
      if (!key || !isUniqueViolation(error)) throw error;
      const manager = this.dataSource.manager;
      const earlier = await new ConversationRepository(manager).findMessageByIdempotencyKey(workspaceId, key);
      if (!earlier) throw error;
      return replay(manager, workspaceId, earlier, fingerprint);
    }
  }

  /** The AI agent could not answer, paused, or heard the visitor ask for a person: the same flow, without a message. */
  async reportAgentSignal(workspaceId: string, command: AgentSignalCommand): Promise<ServiceResult<FlowOutcome>> {
    const result = await this.dataSource.transaction(async (manager): Promise<ServiceResult<Committed>> => {
      const conversation = await new ConversationRepository(manager).findById(workspaceId, command.conversationId);
      if (!conversation) return err(notFound('conversation', command.conversationId, 'input.conversationId'));
      const turn = await this.turn(manager, workspaceId, conversation, { signals: SIGNALS[command.signal] }, this.clock());
      await this.outbox.append(manager, workspaceId, flowOutboxEvents(turn.events));
      return ok(turn);
    });
    if (!result.ok) return result;
    this.committed(result.value.events);
    return ok(result.value.outcome);
  }

  private committed(events: FlowEvents): void {
    if (events.tickets.length > 0 || events.handedOff) this.outbox.committed();
    if (events.assignment) countAssignment(events.assignment.method, events.assignment.outcome);
  }

  private async turn(
    manager: EntityManager,
    workspaceId: string,
    conversation: ConversationEntity,
    input: { messageText?: string; signals?: HandoffSignals },
    now: Date,
  ): Promise<Committed> {
    const { events, unusable, ...stored } = await runHandoffTurn({ manager, workspaceId, conversation, ...input, now, ids: this.ids });
    for (const problem of unusable) logUnusable(this.logger, workspaceId, problem, describeUnusable(problem));
    return { outcome: { ...stored, message: null }, events };
  }

  private async startConversation(conversations: ConversationRepository, workspaceId: string, command: VisitorMessageCommand, now: Date) {
    const conversation: ConversationEntity = {
      id: this.ids(),
      workspaceId,
      channel: command.channel,
      channelName: null,
      language: command.language ?? null,
      status: 'bot',
      contact: toContactDocument(command.contact),
      assigneeId: null,
      teamId: null,
      createdAt: now,
      updatedAt: now,
    };
    await conversations.insert(conversation);
    return conversation;
  }
}

/**
 * The first result of an idempotency key, rebuilt from what its turn stored, when the request is
 * the same. Messages from before fingerprints were stored have none and always replay.
 */
async function replay(manager: EntityManager, workspaceId: string, message: MessageEntity, fingerprint: string | null): Promise<ServiceResult<FlowOutcome>> {
  if (message.idempotencyFingerprint && message.idempotencyFingerprint !== fingerprint) {
    return err(idempotencyKeyReused(message.idempotencyKey ?? '', 'input.idempotencyKey'));
  }
  const conversations = new ConversationRepository(manager);
  const handoff = message.outcome as HandoffSummary;
  const conversation = await conversations.findById(workspaceId, message.conversationId);
  if (!conversation) throw new Error(`Message ${message.id} belongs to a missing conversation`);
  const ticket = handoff.ticketId ? await new TicketRepository(manager).findById(workspaceId, handoff.ticketId) : null;
  const botMessage = handoff.botMessageId ? await conversations.findMessageById(workspaceId, handoff.botMessageId) : null;
  return ok({ conversation, message, botMessage, ticket, handoff });
}
