import { Column, Entity, Index } from 'typeorm';
import { ID_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { WorkspaceRow } from '../../db/workspace-row';
import { UserEntity } from '../people/user.entity';

/** One refresh token of a session. Used once: refreshing revokes it and issues the next. */
@Entity('refresh_tokens')
@Index('ux_refresh_tokens_token_hash', ['tokenHash'], { unique: true })
@Index('ix_refresh_tokens_user', ['workspaceId', 'userId'])
export class RefreshTokenEntity extends WorkspaceRow {
  @Column({ ...ID_COLUMN, name: 'user_id' })
  userId!: string;

  @References(() => UserEntity, 'user_id')
  user?: UserEntity;

  /** sha256 of the token, hex; the token itself is never stored. */
  @Column({ type: 'varchar', length: 64, name: 'token_hash' })
  tokenHash!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;

  @Column({ ...TIMESTAMP_COLUMN, name: 'expires_at' })
  expiresAt!: Date;

  @Column({ ...TIMESTAMP_COLUMN, name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
