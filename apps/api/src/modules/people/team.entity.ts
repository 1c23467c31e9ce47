import { Column, Entity, Index } from 'typeorm';
import { TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { WorkspaceRow } from '../../db/workspace-row';

/** A group of people tickets can be routed to. */
@Entity('teams')
@Index('ux_teams_workspace_name', ['workspaceId', 'name'], { unique: true })
export class TeamEntity extends WorkspaceRow {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;
}
