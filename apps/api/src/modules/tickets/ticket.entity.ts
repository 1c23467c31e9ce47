import { Column, Entity, Index } from 'typeorm';
import { ID_COLUMN, JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { ConversationEntity } from '../conversations/conversation.entity';
import { WorkspaceRow } from '../../db/workspace-row';

/** A unit of work in the inbox or the help desk, usually born from a handoff. */
@Entity('tickets')
@Index('ix_tickets_workspace_created', ['workspaceId', 'createdAt', 'id'])
@Index('ix_tickets_workspace_status', ['workspaceId', 'status'])
@Index('ix_tickets_workspace_owner', ['workspaceId', 'ownerId'])
@Index('ix_tickets_workspace_team', ['workspaceId', 'teamId'])
@Index('ux_tickets_idempotency', ['workspaceId', 'idempotencyKey'], { unique: true })
export class TicketEntity extends WorkspaceRow {
  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 16 })
  priority!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column(JSON_COLUMN)
  tags!: string[];

  @Column({ type: 'varchar', length: 32, name: 'source_channel' })
  sourceChannel!: string;

  /** inbox | helpDesk */
  @Column({ type: 'varchar', length: 16 })
  destination!: string;

  @Column(JSON_COLUMN)
  custom!: Record<string, unknown>;

  @Column({ ...ID_COLUMN, name: 'owner_id', nullable: true })
  ownerId!: string | null;

  @Column({ ...ID_COLUMN, name: 'team_id', nullable: true })
  teamId!: string | null;

  @Column({ ...ID_COLUMN, name: 'conversation_id', nullable: true })
  conversationId!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'idempotency_key', nullable: true })
  idempotencyKey!: string | null;

  /** The request that used the key (shared/request-fingerprint.ts); absent on tickets created without one. */
  @Column({ type: 'varchar', length: 64, name: 'idempotency_fingerprint', nullable: true })
  idempotencyFingerprint?: string | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: Date;

  @References(() => ConversationEntity, 'conversation_id', 'SET NULL')
  conversation?: ConversationEntity;
}
