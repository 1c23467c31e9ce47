import { Column, Entity, Index } from 'typeorm';
import { TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { WorkspaceRow } from '../../db/workspace-row';

/** A client app's or integrator's key. Only its hash is stored; the key itself is shown once. */
@Entity('api_keys')
@Index('ux_api_keys_key_hash', ['keyHash'], { unique: true })
@Index('ix_api_keys_workspace', ['workspaceId'])
export class ApiKeyEntity extends WorkspaceRow {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** admin | agent | integrator */
  @Column({ type: 'varchar', length: 16 })
  role!: string;

  /** The key's first characters (`hk_live_ab12cd`), to tell keys apart; not enough to use one. */
  @Column({ type: 'varchar', length: 32 })
  prefix!: string;

  /** sha256 of the whole key, hex. */
  @Column({ type: 'varchar', length: 64, name: 'key_hash' })
  keyHash!: string;

  @Column({ type: 'varchar', length: 200, name: 'created_by' })
  createdBy!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;

  @Column({ ...TIMESTAMP_COLUMN, name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
