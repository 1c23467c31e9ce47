import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { MessageOutcome1763950000000 } from './1763950000000-message-outcome';
import { Destinations1764000000000 } from './1764000000000-destinations';

/** Migrations in the order they run. One set serves SQLite and PostgreSQL alike. */
export const MIGRATIONS = [InitialSchema1763900000000, MessageOutcome1763950000000, Destinations1764000000000];
