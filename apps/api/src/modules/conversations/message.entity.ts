import { Column, Entity, Index } from 'typeorm';
import { ID_COLUMN, JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { ConversationEntity } from './conversation.entity';
import { WorkspaceRow } from '../../db/workspace-row';

/** One message of a conversation. Visitor messages may carry an idempotency key. */
@Entity('messages')
@Index('ix_messages_conversation', ['workspaceId', 'conversationId', 'createdAt'])
@Index('ux_messages_idempotency', ['workspaceId', 'idempotencyKey'], { unique: true })
export class MessageEntity extends WorkspaceRow {
  @Column({ ...ID_COLUMN, name: 'conversation_id' })
  conversationId!: string;

  /** visitor | bot | agent | system */
  @Column({ type: 'varchar', length: 16 })
  author!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 200, name: 'idempotency_key', nullable: true })
  idempotencyKey!: string | null;

  /** The request that used the key (shared/request-fingerprint.ts); absent on messages posted without one. */
  @Column({ type: 'varchar', length: 64, name: 'idempotency_fingerprint', nullable: true })
  idempotencyFingerprint?: string | null;

  /** For a visitor message: what its handoff flow decided, replayed to idempotent retries. */
  @Column({ ...JSON_COLUMN, nullable: true })
  outcome!: object | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;

  @References(() => ConversationEntity, 'conversation_id')
  conversation?: ConversationEntity;
}
