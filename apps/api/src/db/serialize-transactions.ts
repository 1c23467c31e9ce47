import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * better-sqlite3 gives TypeORM one connection, and TypeORM does not queue transactions on it:
 * two concurrent `transaction()` calls fail with "cannot start a transaction within a
 * transaction" (or, worse, interleave). SQLite has a single writer anyway, so this queues them
 * in-process, one after the other; other processes on the same file wait on the busy timeout.
 * A transaction started from inside another one's callback would wait for itself forever, so it
 * is refused at once with an error that says what to do instead.
 */
export function serializeTransactions(dataSource: DataSource): DataSource {
  const manager = dataSource.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  const insideTransaction = new AsyncLocalStorage<true>();
  const queued = (...args: unknown[]): Promise<unknown> => {
    if (insideTransaction.getStore()) {
      return Promise.reject(new Error('A transaction was started inside another one; use the EntityManager the outer transaction gave you'));
    }
    const run = tail.then(() => insideTransaction.run(true, () => original(...args)));
    tail = run.catch(() => undefined);
    return run;
  };
  (manager as { transaction: EntityManager['transaction'] }).transaction = queued as EntityManager['transaction'];
  return dataSource;
}
