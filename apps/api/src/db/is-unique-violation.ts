import { QueryFailedError } from 'typeorm';

/**
 * True when a write lost a race on a unique index (PostgreSQL 23505, SQLite CONSTRAINT_UNIQUE).
 * Idempotent writes use it to tell "someone with the same key got there first" from a real failure.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: unknown } }).driverError;
  const code = driverError?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
