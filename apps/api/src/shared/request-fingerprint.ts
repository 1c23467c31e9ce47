import { createHash } from 'node:crypto';

/**
 * What an idempotent write stores next to its key, so a retry can be told from a different
 * request reusing the key (Stripe compares parameters the same way): the SHA-256 of the request
 * as canonical JSON. Keys are sorted at every level, so `{ a, b }` and `{ b, a }` are the same
 * request; absent and `undefined` properties are the same too. 64 hex characters.
 */
export function requestFingerprint(request: object): string {
  return createHash('sha256').update(JSON.stringify(request, sortKeys)).digest('hex');
}

// JSON.stringify calls the replacer on every object before it writes it, so this sorts every level.
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
