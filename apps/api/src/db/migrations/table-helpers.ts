import { type TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

// Column builders using only types both SQLite and PostgreSQL understand identically, so one
// migration set serves both databases. They mirror db/column-transformers.ts.

/** An application-generated UUID column. */
export const idColumn = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  ...extra,
});

/** A bounded string column. */
export const stringColumn = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});

/** A long text or JSON document column. */
export const textColumn = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...extra });

/** An integer column. */
export const intColumn = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...extra });

/** An ISO 8601 UTC timestamp column. */
export const timestampColumn = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => stringColumn(name, 24, extra);

/** The workspace every row belongs to, deleted with it. */
export const workspaceForeignKey = (): TableForeignKey =>
  new TableForeignKey({ columnNames: ['workspace_id'], referencedTableName: 'workspaces', referencedColumnNames: ['id'], onDelete: 'CASCADE' });

/** A foreign key to another table's id. */
export const foreignKey = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL' = 'CASCADE'): TableForeignKey =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });

/** A named index. */
export const index = (name: string, columnNames: string[], isUnique = false): TableIndex => new TableIndex({ name, columnNames, isUnique });
