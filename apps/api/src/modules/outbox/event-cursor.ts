/** Where a subscriber is in its workspace's event stream: the last event's sequence and commit time. */
export interface EventPosition {
  readonly sequence: number;
  readonly createdAt: Date;
}

/**
 * Cursors are opaque to clients (base64url of "<sequence>|<ISO commit time>"). The time lets a
 * resume be refused at once when its events may already have been pruned, without a query.
 */
export function encodeEventCursor(position: { sequence: number; createdAt: string }): string {
  return Buffer.from(`${position.sequence}|${position.createdAt}`, 'utf8').toString('base64url');
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeEventCursor(cursor: string): EventPosition | null {
  const [sequence, time, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !sequence || !time || !/^\d{1,15}$/.test(sequence)) return null;
  const createdAt = new Date(time);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== time) return null;
  return { sequence: Number(sequence), createdAt };
}
