import { randomUUID } from 'node:crypto';
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { idColumn, index, stringColumn, textColumn, timestampColumn, workspaceForeignKey } from './table-helpers';

/**
 * The transactional outbox: every ticket, handoff and configuration event is written here in the
 * transaction of its change, then published after the commit. `sequence` auto-increments on both
 * databases (SQLite: INTEGER PRIMARY KEY AUTOINCREMENT, never reused; PostgreSQL: serial).
 * `outbox_stream` names this database's event stream (see OutboxStreamEntity).
 */
export class Outbox1764200000000 implements MigrationInterface {
  name = 'Outbox1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'outbox_events',
        columns: [
          { name: 'sequence', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          idColumn('workspace_id'),
          stringColumn('topic', 64),
          textColumn('payload'),
          timestampColumn('created_at'),
          timestampColumn('published_at', { isNullable: true }),
        ],
        indices: [
          // Resuming a subscriber: one workspace's events after a cursor, in order.
          index('ix_outbox_events_workspace_sequence', ['workspace_id', 'sequence']),
          // The relay: what is still unpublished, oldest first.
          index('ix_outbox_events_unpublished', ['published_at', 'sequence']),
        ],
        foreignKeys: [workspaceForeignKey()],
      }),
      false,
      true,
      true,
    );
    await queryRunner.createTable(new Table({ name: 'outbox_stream', columns: [idColumn('id', { isPrimary: true })] }), false, true, true);
    await queryRunner.query(`INSERT INTO ${qualified(queryRunner, 'outbox_stream')} (id) VALUES ('${randomUUID()}')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox_stream', false, true, true);
    await queryRunner.dropTable('outbox_events', false, true, true);
  }
}

/** A table's name as raw SQL must write it: inside the data source's schema, when it has one. */
function qualified(queryRunner: QueryRunner, table: string): string {
  const { driver, options } = queryRunner.connection;
  const schema = 'schema' in options ? options.schema : undefined;
  return schema ? `${driver.escape(schema)}.${driver.escape(table)}` : driver.escape(table);
}
