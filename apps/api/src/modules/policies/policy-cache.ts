/**
 * A small, bounded, insertion-ordered cache. Keys carry the versions of what was parsed or
 * compiled, so an edit never needs an invalidation: the new version simply misses.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly maxEntries = 256) {}

  get(key: string): T | undefined {
    return this.entries.get(key);
  }

  /** Stores and returns the value, dropping the oldest entry when full. */
  set(key: string, value: T): T {
    if (!this.entries.has(key) && this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }
}
