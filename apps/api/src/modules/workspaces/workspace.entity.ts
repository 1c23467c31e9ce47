import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ID_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';

/** A tenant. Every other row belongs to exactly one. */
@Entity('workspaces')
export class WorkspaceEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;
}
