/**
 * Tells a lost or unreachable database from a bug: the driver's connection failures and
 * PostgreSQL's "connection exception" / "operator intervention" classes (08, 57P) mean the database
 * is down or restarting, which a client may retry, rather than a fault in the request.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
// SQLite's busy timeout (another writer held the file) and our own queue's (serialize-transactions.ts) also pass with time.
const BUSY_CODES = new Set(['SQLITE_BUSY']);
const LOST_CONNECTION = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth++) {
    const candidate = cause as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
    const code = typeof candidate.code === 'string' ? candidate.code : '';
    if (NETWORK_CODES.has(code) || BUSY_CODES.has(code) || code.startsWith('08') || code.startsWith('57P')) return true;
    if (typeof candidate.message === 'string' && LOST_CONNECTION.test(candidate.message)) return true;
    // Node reports a refused dual-stack connect as an AggregateError of the attempts.
    if (Array.isArray(candidate.errors) && candidate.errors.some((e) => isDatabaseUnavailable(e))) return true;
    cause = candidate.driverError ?? candidate.cause;
  }
  return false;
}
