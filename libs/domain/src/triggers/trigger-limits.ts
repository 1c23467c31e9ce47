/**
 * Bounds on custom triggers, enforced by `compileTriggerMatcher`, so a saved policy can never make
 * the phrase automaton or the admin's trigger list blow up.
 */
export const TRIGGER_LIMITS = {
  /** Custom triggers in one policy. */
  maxTriggers: 10_000,
  /** UTF-16 units in one phrase or pattern, as the admin typed it. */
  maxPhraseLength: 200,
  /** UTF-16 units in a trigger's id; ids are names a fired trigger reports, like a rule's id. */
  maxIdLength: 64,
} as const;
