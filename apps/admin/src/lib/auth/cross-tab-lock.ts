/** Runs `task` while holding a lock. */
export type Lock = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A lock shared by every tab of this origin (Web Locks API). Tabs share one refresh token: two
 * tabs trading it at once would look like token theft to the API, which then ends the session
 * everywhere. Under the lock, each tab reads the token the previous one stored. Where the API is
 * missing (old browsers, jsdom) tasks run unguarded.
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
