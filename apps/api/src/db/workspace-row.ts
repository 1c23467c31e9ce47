import { Column, PrimaryColumn } from 'typeorm';
import { WorkspaceEntity } from '../modules/workspaces/workspace.entity';
import { ID_COLUMN } from './column-transformers';
import { References } from './references';

/**
 * What every row with its own id has in common: the id and the workspace it belongs to, with the
 * foreign key that deletes it with the workspace. Entities extend it; it is not a table itself.
 */
export abstract class WorkspaceRow {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ ...ID_COLUMN, name: 'workspace_id' })
  workspaceId!: string;

  @References(() => WorkspaceEntity, 'workspace_id')
  workspace?: WorkspaceEntity;
}
