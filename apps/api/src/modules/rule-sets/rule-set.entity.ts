import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/**
 * A routing rule set: the editable draft (with its own version for compare-and-set) and a pointer
 * to the published version, which lives immutably in `rule_set_versions`.
 */
@Entity('rule_sets')
@Index('ux_rule_sets_workspace_name', ['workspaceId', 'name'], { unique: true })
export class RuleSetEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ ...ID_COLUMN, name: 'workspace_id' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column(JSON_COLUMN)
  draft!: object;

  @Column({ type: 'integer', name: 'draft_version' })
  draftVersion!: number;

  @Column({ type: 'integer', name: 'published_version', nullable: true })
  publishedVersion!: number | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;

  @Column({ ...TIMESTAMP_COLUMN, name: 'updated_at' })
  updatedAt!: Date;

  @References(() => WorkspaceEntity, 'workspace_id')
  workspace?: WorkspaceEntity;
}
