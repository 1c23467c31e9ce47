import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { serializeTransactions } from './serialize-transactions';

/** Which database to use: the embedded SQLite file (default) or PostgreSQL (production path). */
export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly path: string; readonly transactionWaitMs?: number }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string; readonly statementTimeoutMs?: number };

/** PostgreSQL cancels any statement running longer than this (0 = never), so no request hangs on one. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;

/**
 * Builds the TypeORM data source. Schema changes only ever go through migrations; `synchronize`
 * stays off everywhere, tests included, so what is tested is what production runs.
 */
export function createDataSource(db: DatabaseConfig): DataSource {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsTableName: 'migrations', synchronize: false } as const;
  if (db.kind === 'postgres') {
    return new DataSource({
      type: 'postgres',
      url: db.url,
      ...(db.schema ? { schema: db.schema } : {}),
      ...common,
      connectTimeoutMS: 2_000,
      // pg sends statement_timeout as a startup parameter of every pooled connection; a statement
      // past it fails with SQLSTATE 57014 (query_canceled) and the request gets a masked error.
      extra: { max: 10, idleTimeoutMillis: 30_000, statement_timeout: db.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS },
    });
  }
  const sqlite = new DataSource({
    type: 'better-sqlite3',
    database: db.path,
    ...common,
    // WAL lets readers proceed while one writer commits; the busy timeout queues concurrent
    // writers (e.g. a second process) instead of failing them at once.
    enableWAL: true,
    timeout: 5_000,
    prepareDatabase: (database: { pragma(sql: string): unknown }) => {
      database.pragma('busy_timeout = 5000');
      database.pragma('foreign_keys = ON');
    },
  });
  return serializeTransactions(sqlite, db.transactionWaitMs);
}
