import { Column, Entity, Index } from 'typeorm';
import { ID_COLUMN, JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { WorkspaceRow } from '../../db/workspace-row';

/** The contact behind a conversation, as routing sees it. */
export interface ContactDocument {
  readonly email?: string;
  readonly emailDomain?: string;
  readonly tier?: string;
  readonly company?: string;
  readonly custom?: Record<string, unknown>;
}

/** A visitor's conversation with the AI agent, and later with people. */
@Entity('conversations')
@Index('ix_conversations_workspace_status', ['workspaceId', 'status', 'updatedAt'])
export class ConversationEntity extends WorkspaceRow {
  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ type: 'varchar', length: 200, name: 'channel_name', nullable: true })
  channelName!: string | null;

  @Column({ type: 'varchar', length: 35, nullable: true })
  language!: string | null;

  /** bot | assigned | unassigned | closed */
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column(JSON_COLUMN)
  contact!: ContactDocument;

  @Column({ ...ID_COLUMN, name: 'assignee_id', nullable: true })
  assigneeId!: string | null;

  @Column({ ...ID_COLUMN, name: 'team_id', nullable: true })
  teamId!: string | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: Date;
}
