import { Column, Entity, Index } from 'typeorm';
import { JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { WorkspaceRow } from '../../db/workspace-row';

/**
 * A routing rule set: the editable draft (with its own version for compare-and-set) and a pointer
 * to the published version, which lives immutably in `rule_set_versions`.
 */
@Entity('rule_sets')
@Index('ux_rule_sets_workspace_name', ['workspaceId', 'name'], { unique: true })
export class RuleSetEntity extends WorkspaceRow {
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
}
