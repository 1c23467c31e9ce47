import type { ValueTransformer } from 'typeorm';

/**
 * Timestamps are stored as ISO 8601 UTC strings of fixed width (`2026-11-23T22:39:04.123Z`):
 * identical on SQLite and PostgreSQL, unambiguous about time zones, and ordered lexically as
 * they are in time, so range filters and cursors work the same on both databases.
 */
export const isoTimestamp: ValueTransformer = {
  to: (value: Date | null | undefined) => (value instanceof Date ? value.toISOString() : value),
  from: (value: string | null) => (value === null ? null : new Date(value)),
};

/** Column options for a timestamp stored as ISO text. */
export const TIMESTAMP_COLUMN = { type: 'varchar', length: 24, transformer: isoTimestamp } as const;

/** Column options for a JSON document; portable text on both databases. */
export const JSON_COLUMN = { type: 'simple-json' } as const;

/** Column options for an application-generated UUID. */
export const ID_COLUMN = { type: 'varchar', length: 36 } as const;
