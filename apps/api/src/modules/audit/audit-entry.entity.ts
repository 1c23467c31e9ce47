import { Column, Entity, Index } from 'typeorm';
import { JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { WorkspaceRow } from '../../db/workspace-row';

/** One configuration change: who, when, what, and the document before and after. */
@Entity('audit_log')
@Index('ix_audit_log_workspace_created', ['workspaceId', 'createdAt', 'id'])
export class AuditEntryEntity extends WorkspaceRow {
  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  /** handoffPolicy | ruleSet | user | team */
  @Column({ type: 'varchar', length: 32, name: 'entity_type' })
  entityType!: string;

  @Column({ type: 'varchar', length: 64, name: 'entity_id' })
  entityId!: string;

  @Column({ type: 'varchar', length: 32 })
  action!: string;

  @Column({ ...JSON_COLUMN, nullable: true })
  before!: object | null;

  @Column({ ...JSON_COLUMN, nullable: true })
  after!: object | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;
}
