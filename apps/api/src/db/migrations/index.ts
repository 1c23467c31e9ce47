import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { MessageOutcome1763950000000 } from './1763950000000-message-outcome';

/** Migrations in the order they run. One set serves SQLite and PostgreSQL alike. */
export const MIGRATIONS = [InitialSchema1763900000000, MessageOutcome1763950000000];
