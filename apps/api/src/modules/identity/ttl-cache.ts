import type { Clock } from '../../shared/clock';

/**
 * A small time-bounded cache. Entries live `ttlMs` at most, so a change elsewhere (a key revoked
 * on another instance) is seen within that time; the size bound keeps random guesses from
 * growing it without limit (the oldest entry goes first).
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; storedAt: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  async get(key: K, load: () => Promise<V>): Promise<V> {
    const now = this.clock().getTime();
    const hit = this.entries.get(key);
    if (hit && now - hit.storedAt < this.ttlMs) return hit.value;
    const value = await load();
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, storedAt: now });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
