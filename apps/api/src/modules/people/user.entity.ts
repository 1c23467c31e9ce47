import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { WorkingHours } from '@handoff/domain';
import { ID_COLUMN, JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** A person of the workspace: an admin configuring handoff or an agent working tickets. */
@Entity('users')
@Index('ux_users_workspace_email', ['workspaceId', 'email'], { unique: true })
export class UserEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ ...ID_COLUMN, name: 'workspace_id' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  /** admin | agent */
  @Column({ type: 'varchar', length: 16 })
  role!: string;

  /** online | away | offline */
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ ...JSON_COLUMN, name: 'working_hours', nullable: true })
  workingHours!: WorkingHours | null;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;

  @References(() => WorkspaceEntity, 'workspace_id')
  workspace?: WorkspaceEntity;
}
