import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { MessageOutcome1763950000000 } from './1763950000000-message-outcome';
import { Destinations1764000000000 } from './1764000000000-destinations';
import { Outbox1764200000000 } from './1764200000000-outbox';
import { Identity1764300000000 } from './1764300000000-identity';
import { IdempotencyFingerprints1764400000000 } from './1764400000000-idempotency-fingerprints';

/** Migrations in the order they run. One set serves SQLite and PostgreSQL alike. */
export const MIGRATIONS = [InitialSchema1763900000000, MessageOutcome1763950000000, Destinations1764000000000, Outbox1764200000000, Identity1764300000000, IdempotencyFingerprints1764400000000];
