import { Entity, PrimaryColumn } from 'typeorm';
import { ID_COLUMN } from '../../db/column-transformers';

/**
 * The database's event stream: one row with a random id, made by the outbox migration. Instances
 * on the same database find the same id however they reach it (host names, pools), so they share
 * a Redis channel; another database (a staging copy, a test run) gets another one.
 */
@Entity('outbox_stream')
export class OutboxStreamEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;
}
