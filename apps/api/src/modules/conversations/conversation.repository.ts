import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { asRow } from '../../db/json-row';
import { requireWorkspace } from '../../db/workspace-scope';
import type { KeysetPosition, Page } from '../../graphql/keyset-cursor';
import { ConversationEntity } from './conversation.entity';
import { MessageEntity } from './message.entity';

/** What a handoff changes on a conversation. */
export type ConversationChanges = Partial<Pick<ConversationEntity, 'status' | 'assigneeId' | 'teamId' | 'updatedAt'>>;

/** Conversations and their messages in one workspace. */
export class ConversationRepository {
  constructor(private readonly manager: EntityManager) {}

  findById(workspaceId: string, id: string): Promise<ConversationEntity | null> {
    return this.manager.findOneBy(ConversationEntity, { workspaceId: requireWorkspace(workspaceId), id });
  }

  findByIds(workspaceId: string, ids: readonly string[]): Promise<ConversationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.find(ConversationEntity, { where: { workspaceId: requireWorkspace(workspaceId), id: In([...ids]) } });
  }

  async insert(conversation: ConversationEntity): Promise<void> {
    requireWorkspace(conversation.workspaceId);
    await this.manager.insert(ConversationEntity, asRow<ConversationEntity>(conversation));
  }

  async update(workspaceId: string, id: string, changes: ConversationChanges): Promise<void> {
    await this.manager.update(ConversationEntity, { workspaceId: requireWorkspace(workspaceId), id }, changes);
  }

  /** Newest first, keyset-paged on (created_at, id). */
  async page(workspaceId: string, status: string | undefined, first: number, after: KeysetPosition | null): Promise<Page<ConversationEntity>> {
    const query = this.manager
      .createQueryBuilder(ConversationEntity, 'c')
      .where('c.workspace_id = :workspaceId', { workspaceId: requireWorkspace(workspaceId) });
    if (status !== undefined) query.andWhere('c.status = :status', { status });
    if (after) {
      query.andWhere('(c.created_at < :afterAt OR (c.created_at = :afterAt AND c.id < :afterId))', {
        afterAt: after.createdAt.toISOString(),
        afterId: after.id,
      });
    }
    const rows = await query.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').take(first + 1).getMany();
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  async insertMessage(message: MessageEntity): Promise<void> {
    requireWorkspace(message.workspaceId);
    await this.manager.insert(MessageEntity, asRow<MessageEntity>(message));
  }

  findMessageById(workspaceId: string, id: string): Promise<MessageEntity | null> {
    return this.manager.findOneBy(MessageEntity, { workspaceId: requireWorkspace(workspaceId), id });
  }

  findMessageByIdempotencyKey(workspaceId: string, key: string): Promise<MessageEntity | null> {
    return this.manager.findOneBy(MessageEntity, { workspaceId: requireWorkspace(workspaceId), idempotencyKey: key });
  }

  async setMessageOutcome(workspaceId: string, messageId: string, outcome: unknown): Promise<void> {
    await this.manager.update(MessageEntity, { workspaceId: requireWorkspace(workspaceId), id: messageId }, { outcome: outcome as object });
  }

  /** Messages of the given conversations, oldest first, for DataLoader batching. */
  messagesOf(workspaceId: string, conversationIds: readonly string[]): Promise<MessageEntity[]> {
    if (conversationIds.length === 0) return Promise.resolve([]);
    return this.manager.find(MessageEntity, {
      where: { workspaceId: requireWorkspace(workspaceId), conversationId: In([...conversationIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
