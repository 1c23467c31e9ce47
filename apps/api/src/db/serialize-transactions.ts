import type { DataSource, EntityManager } from 'typeorm';

/**
 * better-sqlite3 gives TypeORM one connection, and TypeORM does not queue transactions on it:
 * two concurrent `transaction()` calls fail with "cannot start a transaction within a
 * transaction" (or, worse, interleave). SQLite has a single writer anyway, so this queues them
 * in-process, one after the other; other processes on the same file wait on the busy timeout.
 * Do not start a transaction from inside another one's callback: it would wait for itself.
 */
export function serializeTransactions(dataSource: DataSource): DataSource {
  const manager = dataSource.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  const queued = (...args: unknown[]): Promise<unknown> => {
    const run = tail.then(() => original(...args));
    tail = run.catch(() => undefined);
    return run;
  };
  (manager as { transaction: EntityManager['transaction'] }).transaction = queued as EntityManager['transaction'];
  return dataSource;
}
