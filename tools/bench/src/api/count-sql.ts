import { join } from 'node:path';
import { API_DIST, authorizationHeaders, HARNESS_AUTH_SECRET } from '@handoff/process-harness';
import { BENCH_SERVER_ENV } from './bench-server-env';

/** SQL statements our API ran for each of `requests` identical requests, and on which tables. */
export interface SqlCount {
  readonly perRequest: readonly number[];
  /** Statements of the last request, by the table after FROM: which loaders ran. */
  readonly byTable: Readonly<Record<string, number>>;
  readonly statements: readonly string[];
}

interface RunningApi {
  readonly url: string;
  readonly dataSource: { logger: { logQuery(query: string, ...rest: unknown[]): unknown } };
  stop(): Promise<void>;
}
type StartApi = (config: Record<string, unknown>) => Promise<RunningApi>;
type LoadConfig = (env: Record<string, string>) => Record<string, unknown>;

/**
 * Runs our built API in this process on the same database, with TypeORM's logger wrapped to
 * count every statement it sends (TypeORM calls `logger.logQuery` for each one, logging on or
 * off), then sends the request one at a time so each count belongs to one request. It shares the
 * harness's signing secret, so `credential` (an access token from the benchmark's server process)
 * is good here too; verifying it costs no statement.
 */
export async function countOurSql(sqlitePath: string, body: string, requests: number, credential: string): Promise<SqlCount> {
  // The built API, loaded at run time: it may not exist when this file is type-checked.
  const { startApi } = require(join(API_DIST, 'server.js')) as { startApi: StartApi };
  const { loadConfig } = require(join(API_DIST, 'config.js')) as { loadConfig: LoadConfig };
  const env = { ...BENCH_SERVER_ENV, SQLITE_PATH: sqlitePath, SEED_DEMO: 'false', AUTH_SECRET: HARNESS_AUTH_SECRET, LOG_LEVEL: 'warn' };
  const api = await startApi({ ...loadConfig(env), port: 0, host: '127.0.0.1' });
  let current: string[] = [];
  const logger = api.dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query: string, ...rest: unknown[]) => {
    current.push(query);
    return logQuery(query, ...rest);
  };
  try {
    const perRequest: number[] = [];
    for (let i = 0; i < requests; i++) {
      current = [];
      const headers = { 'content-type': 'application/json', ...authorizationHeaders(credential) };
      const response = await fetch(api.url.replace('localhost', '127.0.0.1'), { method: 'POST', headers, body });
      const text = await response.text();
      if (!response.ok || text.includes('"errors":[')) throw new Error(`the counted request failed: ${text.slice(0, 300)}`);
      perRequest.push(current.length);
    }
    const byTable: Record<string, number> = {};
    for (const sql of current) {
      const table = /FROM\s+"?(\w+)"?/i.exec(sql)?.[1] ?? 'other';
      byTable[table] = (byTable[table] ?? 0) + 1;
    }
    return { perRequest, byTable, statements: current };
  } finally {
    await api.stop();
  }
}
