import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** One of the two places handed-off work goes (inbox or help desk), as the workspace names it. */
@Entity('destinations')
export class DestinationEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'workspace_id' })
  workspaceId!: string;

  /** inbox | helpDesk */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'integer' })
  version!: number;

  @References(() => WorkspaceEntity, 'workspace_id')
  workspace?: WorkspaceEntity;
}
