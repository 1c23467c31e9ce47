/**
 * Bounds on the strings a handoff policy names, enforced by `parseHandoffPolicy` on every write
 * and load. Triggers have their own (`TRIGGER_LIMITS`); messages share the rules' string bound.
 */
export const POLICY_LIMITS = {
  /** Characters in a user, team or rule set id the policy names (the ids it receives are UUIDs). */
  maxIdLength: 64,
} as const;
