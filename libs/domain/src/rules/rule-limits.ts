/**
 * Bounds on a rule set, enforced by `parseRuleSet` on every write and every load, so a stored or
 * submitted rule set can never make evaluation, storage or the admin's editor blow up.
 */
export const RULE_LIMITS = {
  /** Rules in one set. */
  maxRules: 1000,
  /** Nesting of groups inside one rule's `when` (the root group is depth 1). */
  maxDepth: 8,
  /** Nodes (groups and conditions) in one rule's `when`. */
  maxNodesPerRule: 200,
  /** Nodes across the whole set. */
  maxNodesPerSet: 50_000,
  /** Items in one list value (`in`, `hasAnyOf`…) or one `addTags` action. */
  maxListItems: 500,
  /** Characters in one string value, tag or message. */
  maxStringLength: 2_000,
  /** Characters in a rule's name. */
  maxNameLength: 200,
  /** Characters in one regular expression. */
  maxPatternLength: 500,
  /** Actions in one rule's `then`, or in the fallback. */
  maxActions: 20,
  /** Characters in a rule id. */
  maxIdLength: 64,
} as const;

/** The bounds, by name. */
export type RuleLimits = typeof RULE_LIMITS;
