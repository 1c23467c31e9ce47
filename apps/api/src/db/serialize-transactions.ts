import type { DataSource, EntityManager } from 'typeorm';

/** How long a transaction may wait for the ones queued before it, as SQLite's own busy timeout. */
export const DEFAULT_TRANSACTION_WAIT_MS = 5_000;

/** A transaction waited its whole turn out; SQLite's code, so it reads as a busy database (retry later). */
export class TransactionWaitTimeoutError extends Error {
  readonly code = 'SQLITE_BUSY';
  constructor(waitedMs: number) {
    super(
      `A write transaction waited ${waitedMs} ms for the ones before it and gave up. ` +
        'If it was started inside another transaction it waited for itself: use the EntityManager the outer transaction gave you.',
    );
  }
}

/**
 * better-sqlite3 gives TypeORM one connection, and TypeORM does not queue transactions on it:
 * two concurrent `transaction()` calls fail with "cannot start a transaction within a
 * transaction" (or, worse, interleave). SQLite has a single writer anyway, so this queues them
 * in-process, one after the other; other processes on the same file wait on the busy timeout.
 *
 * A transaction waits at most `maxWaitMs` for its turn, then fails with TransactionWaitTimeoutError,
 * so no request hangs behind a stuck one. That also ends the one mistake a queue cannot survive: a
 * transaction started from inside another one's callback waits for itself, and fails after
 * `maxWaitMs` (rolling the outer one back) instead of hanging for ever. Telling that case apart at
 * once would need AsyncLocalStorage, whose promise hooks slow every request of the process.
 */
export function serializeTransactions(dataSource: DataSource, maxWaitMs: number = DEFAULT_TRANSACTION_WAIT_MS): DataSource {
  const manager = dataSource.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  const queued = (...args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        reject(new TransactionWaitTimeoutError(maxWaitMs));
      }, maxWaitMs);
      const turn = tail.then(() => {
        clearTimeout(timer);
        if (gaveUp) return undefined;
        return original(...args).then(resolve, reject);
      });
      tail = turn;
    });
  (manager as { transaction: EntityManager['transaction'] }).transaction = queued as EntityManager['transaction'];
  return dataSource;
}
