import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** A group of people tickets can be routed to. */
@Entity('teams')
@Index('ux_teams_workspace_name', ['workspaceId', 'name'], { unique: true })
export class TeamEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ ...ID_COLUMN, name: 'workspace_id' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;

  @References(() => WorkspaceEntity, 'workspace_id')
  workspace?: WorkspaceEntity;
}
