import { Column, Entity, Index } from 'typeorm';
import { ID_COLUMN, JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { RuleSetEntity } from './rule-set.entity';
import { WorkspaceRow } from '../../db/workspace-row';

/** One published version of a rule set, kept forever so it can be rolled back to and replayed. */
@Entity('rule_set_versions')
@Index('ux_rule_set_versions_set_version', ['ruleSetId', 'version'], { unique: true })
export class RuleSetVersionEntity extends WorkspaceRow {
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

  @References(() => RuleSetEntity, 'rule_set_id')
  ruleSet?: RuleSetEntity;
}
