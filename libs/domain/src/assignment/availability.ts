/** Presence values, most available first. */
export const PRESENCE_STATUSES = ['online', 'away', 'offline'] as const;
/** A person's presence as they set it (or the agent app reports it). */
export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];

/** Days of the week, ISO order (Monday first). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];

/** One working interval on a weekday, in the person's own time zone: `start` ≤ t < `end`, "HH:MM" 24h. */
export interface WorkingInterval {
  readonly day: Weekday;
  readonly start: string;
  readonly end: string;
}

/** When a person works. An IANA time zone (`Europe/Helsinki`) and weekly intervals. */
export interface WorkingHours {
  readonly timeZone: string;
  readonly intervals: readonly WorkingInterval[];
}

/** One person as assignment sees them at a moment. `workingHours: null` means always working. */
export interface AgentAvailability {
  readonly userId: string;
  readonly status: PresenceStatus;
  readonly workingHours: WorkingHours | null;
  /** Open items they may hold at once. */
  readonly capacity: number;
  /** Open items they hold now. */
  readonly openItems: number;
}

/** A team and its members, in a stable order (round robin walks this order). */
export interface TeamMembership {
  readonly teamId: string;
  readonly memberIds: readonly string[];
}

/**
 * The world as assignment sees it, passed in by the shell: who exists, their presence, hours
 * and load, team membership, where each round robin last stopped, and the current time.
 */
export interface AvailabilitySnapshot {
  /** Epoch milliseconds. */
  readonly now: number;
  readonly agents: readonly AgentAvailability[];
  readonly teams: readonly TeamMembership[];
  /** Last user assigned by round robin, per pool key (see `poolKey`). */
  readonly roundRobinCursors: Readonly<Record<string, string>>;
}
