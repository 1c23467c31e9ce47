import { err, issue, ok, type Result } from '@handoff/domain';
import type { ServiceFailure } from './errors';

/** A position in a newest-first list: the row's creation time and id (the tie-breaker). */
export interface KeysetPosition {
  readonly createdAt: Date;
  readonly id: string;
}

/**
 * Cursors are opaque to clients (base64url of "<ISO time>|<id>") so the ordering can change
 * without breaking them; a cursor that does not decode is answered like any bad input.
 */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.createdAt.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeCursor(cursor: string): KeysetPosition | null {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const separator = decoded.indexOf('|');
  if (separator !== 24) return null;
  const createdAt = new Date(decoded.slice(0, separator));
  const id = decoded.slice(separator + 1);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== decoded.slice(0, separator) || id === '' || id.length > 36) return null;
  return { createdAt, id };
}

/** A page of rows plus whether another page follows. */
export interface Page<T> {
  readonly rows: readonly T[];
  readonly hasNextPage: boolean;
}

/** Decodes a list's optional `after` argument; a cursor this API did not give out is a coded input error. */
export function decodeAfter(after: string | null | undefined): Result<KeysetPosition | null, ServiceFailure> {
  if (!after) return ok(null);
  const position = decodeCursor(after);
  return position
    ? ok(position)
    : err({ kind: 'invalid', issues: [issue('INVALID_VALUE', 'after', 'Not a cursor this list gave out')] });
}
