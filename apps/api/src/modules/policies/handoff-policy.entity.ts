import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/**
 * The workspace's handoff policy as one validated document. `version` guards concurrent edits:
 * writes compare-and-set on it. Condition routing points at a rule set by id.
 */
@Entity('handoff_policies')
export class HandoffPolicyEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'workspace_id' })
  workspaceId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column(JSON_COLUMN)
  document!: object;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'varchar', length: 200, name: 'updated_by' })
  updatedBy!: string;

  @References(() => WorkspaceEntity, 'workspace_id')
  workspace?: WorkspaceEntity;
}
