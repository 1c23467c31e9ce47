/** How long events are kept and how far a subscriber may resume. */
export interface OutboxLimits {
  /** Published events older than this are pruned. */
  readonly retentionMs: number;
  /** Cursors older than this are refused (CURSOR_EXPIRED): shorter than retention, so what they need was not pruned. */
  readonly resumeWindowMs: number;
  /** A resume that missed more events than this is refused: the client reloads instead of replaying them one by one. */
  readonly maxReplay: number;
  /** Events per relay transaction. */
  readonly batchSize: number;
  /** How often the relay looks for events no commit announced (their instance died before publishing). */
  readonly pollMs: number;
  readonly pruneEveryMs: number;
}

export const OUTBOX_LIMITS: OutboxLimits = {
  retentionMs: 24 * 3_600_000,
  resumeWindowMs: 23 * 3_600_000,
  maxReplay: 1_000,
  batchSize: 500,
  pollMs: 1_000,
  pruneEveryMs: 60_000,
};
