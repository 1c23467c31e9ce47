import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { idColumn, intColumn, stringColumn, workspaceForeignKey } from './table-helpers';

const DEFAULT_NAMES = { inbox: 'Inbox', helpDesk: 'Help desk' } as const;

/**
 * The two places handed-off work goes, as rows a workspace can name ("Support inbox"), and every
 * existing workspace gets both. Keyed by kind: a workspace has exactly one of each.
 */
export class Destinations1764000000000 implements MigrationInterface {
  name = 'Destinations1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'destinations',
        columns: [
          idColumn('workspace_id', { isPrimary: true }),
          stringColumn('kind', 16, { isPrimary: true }),
          stringColumn('name', 200),
          intColumn('version'),
        ],
        foreignKeys: [workspaceForeignKey()],
      }),
      false,
      true,
      true,
    );
    const destinations = qualified(queryRunner, 'destinations');
    const workspaces = qualified(queryRunner, 'workspaces');
    for (const [kind, name] of Object.entries(DEFAULT_NAMES)) {
      await queryRunner.query(`INSERT INTO ${destinations} (workspace_id, kind, name, version) SELECT id, '${kind}', '${name}', 1 FROM ${workspaces}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('destinations', false, true, true);
  }
}

/** A table's name as raw SQL must write it: inside the data source's schema, when it has one. */
function qualified(queryRunner: QueryRunner, table: string): string {
  const { driver, options } = queryRunner.connection;
  const schema = 'schema' in options ? options.schema : undefined;
  return schema ? `${driver.escape(schema)}.${driver.escape(table)}` : driver.escape(table);
}
