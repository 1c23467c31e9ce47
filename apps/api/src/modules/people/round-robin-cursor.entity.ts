import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** Where round robin last stopped for one pool of candidates (a team, or a fixed list of users). */
@Entity('round_robin_cursors')
export class RoundRobinCursorEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'workspace_id' })
  workspaceId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200, name: 'pool_key' })
  poolKey!: string;

  @Column({ ...ID_COLUMN, name: 'user_id' })
  userId!: string;

  @References(() => WorkspaceEntity, 'workspace_id')
  workspace?: WorkspaceEntity;
}
