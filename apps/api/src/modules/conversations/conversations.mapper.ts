import type { ConversationEntity } from './conversation.entity';
import type { ConversationStatusEnum, ConversationType, MessageAuthorEnum, MessageType } from './dtos/conversation.type';
import type { MessageEntity } from './message.entity';

/** Persistence shape → GraphQL shape. */
export const toConversationType = (c: ConversationEntity): ConversationType => ({
  id: c.id,
  channel: c.channel,
  language: c.language,
  status: c.status as ConversationStatusEnum,
  contact: {
    email: c.contact.email ?? null,
    emailDomain: c.contact.emailDomain ?? null,
    company: c.contact.company ?? null,
    tier: c.contact.tier ?? null,
    custom: c.contact.custom ?? null,
  },
  assigneeId: c.assigneeId,
  teamId: c.teamId,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

/** Persistence shape → GraphQL shape. */
export const toMessageType = (m: MessageEntity): MessageType => ({
  id: m.id,
  author: m.author as MessageAuthorEnum,
  text: m.text,
  createdAt: m.createdAt,
});
