import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from './logger';

/** A dependency the API cannot serve without. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

/** The database answers a trivial query. */
export const databaseCheck = (dataSource: DataSource): ReadinessCheck => ({
  name: 'database',
  check: async () => {
    if (!dataSource.isInitialized) throw new Error('the data source is closed');
    await dataSource.query('SELECT 1');
  },
});

/**
 * Operations endpoints. `/health` is liveness: the process serves HTTP (restart it if not).
 * `/ready` is readiness: every dependency answered within the timeout, else 503 naming the ones
 * that did not (take it out of the load balancer; it recovers by itself). Both are open to
 * anyone: failures are logged with their cause, and the response names only the dependency, never
 * a host or an error text. `/metrics` is not here: it is guarded (metrics-access.ts).
 */
export function operationsRouter(checks: readonly ReadinessCheck[], logger: Logger, timeoutMs = 2_000): Router {
  const router = Router();
  router.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  router.get('/ready', async (_req, res) => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await withTimeout(check(), timeoutMs);
          return [name, 'up'] as const;
        } catch (error) {
          logger.warn({ dependency: name, reason: error instanceof Error ? error.message : String(error) }, 'readiness check failed');
          return [name, 'down'] as const;
        }
      }),
    );
    const failed = results.filter(([, state]) => state === 'down').map(([name]) => name);
    res.status(failed.length > 0 ? 503 : 200).json({ status: failed.length > 0 ? 'unavailable' : 'ready', checks: Object.fromEntries(results), failed });
  });
  return router;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
