import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ID_COLUMN, JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/**
 * One committed event, written in the transaction of the change it announces and published by
 * the relay after that commit. The sequence is the subscribers' resume cursor. It is a plain
 * INTEGER because SQLite only auto-increments an `INTEGER PRIMARY KEY` and both databases must
 * share one schema: on PostgreSQL that is a 32-bit serial, about two billion events.
 */
@Entity('outbox_events')
@Index('ix_outbox_events_workspace_sequence', ['workspaceId', 'sequence'])
@Index('ix_outbox_events_unpublished', ['publishedAt', 'sequence'])
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'integer' })
  sequence!: number;

  @Column({ ...ID_COLUMN, name: 'workspace_id' })
  workspaceId!: string;

  @References(() => WorkspaceEntity, 'workspace_id')
  workspace?: WorkspaceEntity;

  /** One of graphql/pubsub.ts TOPICS. */
  @Column({ type: 'varchar', length: 64 })
  topic!: string;

  @Column(JSON_COLUMN)
  payload!: object;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;

  /** Null until a relay has handed the event to the event bus. */
  @Column({ ...TIMESTAMP_COLUMN, name: 'published_at', nullable: true })
  publishedAt!: Date | null;
}
