/** Runs `task` while holding a lock. */
export type Lock = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * The lock every page of this origin takes around a call that sends or replaces the refresh
 * cookie: the admin app's tabs, and GraphiQL at /graphiql (apps/api/graphiql), which spells the
 * same name.
 */
export const REFRESH_LOCK_NAME = 'handoff.refreshSession';

/**
 * A lock shared by every tab of this origin (Web Locks API). Tabs share one refresh cookie: two
 * tabs trading it at once would look like token theft to the API, which then ends the session
 * everywhere. Under the lock, each tab sends the cookie the previous one's answer set. Where the
 * API is missing (old browsers, jsdom) tasks run unguarded.
 */
export function crossTabLock(name: string): Lock {
  return async <T>(task: () => Promise<T>): Promise<T> => {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return task();
    let result!: T;
    await locks.request(name, async () => {
      result = await task();
    });
    return result;
  };
}
