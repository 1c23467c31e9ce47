import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

/** Membership of a user in a team; `position` is the stable order round robin walks. */
@Entity('team_members')
@Index('ix_team_members_workspace_user', ['workspaceId', 'userId'])
export class TeamMemberEntity {
  @PrimaryColumn({ ...ID_COLUMN, name: 'team_id' })
  teamId!: string;

  @PrimaryColumn({ ...ID_COLUMN, name: 'user_id' })
  userId!: string;

  @Column({ ...ID_COLUMN, name: 'workspace_id' })
  workspaceId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @References(() => WorkspaceEntity, 'workspace_id')
  workspace?: WorkspaceEntity;

  @References(() => TeamEntity, 'team_id')
  team?: TeamEntity;

  @References(() => UserEntity, 'user_id')
  user?: UserEntity;
}
