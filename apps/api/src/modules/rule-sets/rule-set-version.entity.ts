import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { RuleSetEntity } from './rule-set.entity';

/** One published version of a rule set, kept forever so it can be rolled back to and replayed. */
@Entity('rule_set_versions')
@Index('ux_rule_set_versions_set_version', ['ruleSetId', 'version'], { unique: true })
export class RuleSetVersionEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ ...ID_COLUMN, name: 'workspace_id' })
  workspaceId!: string;

  @Column({ ...ID_COLUMN, name: 'rule_set_id' })
  ruleSetId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column(JSON_COLUMN)
  document!: object;

  @Column({ ...TIMESTAMP_COLUMN, name: 'published_at' })
  publishedAt!: Date;

  @Column({ type: 'varchar', length: 200, name: 'published_by' })
  publishedBy!: string;

  @References(() => WorkspaceEntity, 'workspace_id')
  workspace?: WorkspaceEntity;

  @References(() => RuleSetEntity, 'rule_set_id')
  ruleSet?: RuleSetEntity;
}
