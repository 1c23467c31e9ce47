import type { EntityManager } from 'typeorm';
import type { ConversationEntity } from '../modules/conversations/conversation.entity';
import { ConversationRepository } from '../modules/conversations/conversation.repository';
import { toContactDocument } from '../modules/handoff/handoff-commands';
import { runHandoffTurn } from '../modules/handoff/run-handoff-turn';
import { TicketRepository } from '../modules/tickets/ticket.repository';
import type { IdGenerator } from '../shared/clock';
import { DEMO_CONVERSATIONS, demoDay, demoMoment } from './demo-conversations';

/**
 * Plays the demo conversations through the real handoff turn (triggers, policy, routing rules,
 * availability and assignment as of each message's time), inside the seed's transaction, so the
 * demo tickets are exactly what the flow makes. No events: nobody can be subscribed during boot.
 */
export async function seedDemoTickets(manager: EntityManager, workspaceId: string, now: Date, ids: IdGenerator): Promise<void> {
  const conversations = new ConversationRepository(manager);
  const tickets = new TicketRepository(manager);
  const day = demoDay(now);
  for (const demo of DEMO_CONVERSATIONS) {
    const at = demoMoment(day, demo.at);
    const conversation: ConversationEntity = {
      id: ids(),
      workspaceId,
      channel: demo.channel,
      channelName: null,
      language: demo.language,
      status: 'bot',
      contact: toContactDocument(demo.contact),
      assigneeId: null,
      teamId: null,
      createdAt: at,
      updatedAt: at,
    };
    await conversations.insert(conversation);
    const messageId = ids();
    await conversations.insertMessage({ id: messageId, workspaceId, conversationId: conversation.id, author: 'visitor', text: demo.text, idempotencyKey: null, outcome: null, createdAt: at });
    const turn = await runHandoffTurn({ manager, workspaceId, conversation, messageText: demo.text, now: at, ids });
    await conversations.setMessageOutcome(workspaceId, messageId, turn.handoff);
    if (turn.ticket && demo.ticketStatus) {
      // An agent picked it up a quarter of an hour later.
      await tickets.update(workspaceId, turn.ticket.id, { status: demo.ticketStatus, updatedAt: new Date(at.getTime() + 15 * 60_000) });
    }
  }
}
