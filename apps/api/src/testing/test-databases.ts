import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource, type DatabaseConfig } from '../db/data-source';

/** A throwaway, migrated database for one test file. */
export interface TestDatabase {
  readonly dataSource: DataSource;
  readonly config: DatabaseConfig;
  dispose(): Promise<void>;
}

type Engine = 'sqlite' | 'postgres';

/** SQLite only: how long a transaction waits for its turn (db/serialize-transactions.ts). */
export interface TestDatabaseOptions {
  readonly transactionWaitMs?: number;
}

const postgresUrl = process.env['DATABASE_URL'];
if (process.env['CI'] && !postgresUrl) {
  throw new Error('DATABASE_URL must point at PostgreSQL when CI is set: the integration suite runs on both databases');
}

/** The engines this run covers: SQLite always, PostgreSQL when DATABASE_URL is set. */
export const TEST_ENGINES: readonly Engine[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

/** Creates a fresh database (a temp SQLite file, or a new PostgreSQL schema) without migrating it. */
export async function createEmptyTestDatabase(engine: Engine, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const path = join(tmpdir(), `handoff-test-${randomUUID()}.sqlite`);
    const config: DatabaseConfig = { kind: 'sqlite', path, ...options };
    const dataSource = await createDataSource(config).initialize();
    return {
      dataSource,
      config,
      dispose: async () => {
        await dataSource.destroy();
        for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
      },
    };
  }
  const url = postgresUrl as string;
  const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = await new DataSource({ type: 'postgres', url }).initialize();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  const config: DatabaseConfig = { kind: 'postgres', url, schema };
  const dataSource = await createDataSource(config).initialize();
  return {
    dataSource,
    config,
    dispose: async () => {
      await dataSource.destroy();
      await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.destroy();
    },
  };
}

/** Creates a fresh database with every migration applied. */
export async function createTestDatabase(engine: Engine, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const db = await createEmptyTestDatabase(engine, options);
  await db.dataSource.runMigrations({ transaction: 'each' });
  return db;
}

/**
 * Runs a describe block once per engine. When PostgreSQL is not configured (and CI is not set)
 * its block is registered as skipped, so the report shows what did not run.
 */
export function describeEachDatabase(title: string, body: (engine: Engine) => void): void {
  for (const engine of TEST_ENGINES) describe(`${title} on ${engine}`, () => body(engine));
  if (!postgresUrl) describe.skip(`${title} on postgres (skipped: DATABASE_URL is not set)`, () => it.todo('set DATABASE_URL'));
}
