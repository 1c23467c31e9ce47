import { Column, Entity, Index } from 'typeorm';
import type { WorkingHours } from '@handoff/domain';
import { JSON_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { WorkspaceRow } from '../../db/workspace-row';

/** A person of the workspace: an admin configuring handoff or an agent working tickets. */
@Entity('users')
@Index('ux_users_workspace_email', ['workspaceId', 'email'], { unique: true })
@Index('ix_users_email', ['email'])
export class UserEntity extends WorkspaceRow {
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

  /** argon2id (PHC string); null for people who cannot sign in yet. Never leaves the API. */
  @Column({ type: 'varchar', length: 200, name: 'password_hash', nullable: true })
  passwordHash?: string | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;
}
