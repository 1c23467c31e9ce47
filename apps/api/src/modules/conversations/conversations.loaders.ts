import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupBy } from '../../shared/group-by';
import type { ConversationEntity } from './conversation.entity';
import { ConversationRepository } from './conversation.repository';
import type { MessageEntity } from './message.entity';

/** Per-request batch loaders for conversations. */
export interface ConversationLoaders {
  readonly conversationById: DataLoader<string, ConversationEntity | null>;
  readonly messagesOfConversation: DataLoader<string, MessageEntity[]>;
}

/** Creates the conversation loaders for one request in one workspace. */
export function createConversationLoaders(dataSource: DataSource, workspaceId: string): ConversationLoaders {
  const conversations = new ConversationRepository(dataSource.manager);
  return {
    conversationById: new DataLoader(async (ids) => {
      const found = new Map((await conversations.findByIds(workspaceId, ids)).map((c) => [c.id, c]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    messagesOfConversation: new DataLoader(async (ids) => groupBy(ids, await conversations.messagesOf(workspaceId, ids), (m) => m.conversationId)),
  };
}
