// Rule sets and policies built to sit exactly at, or one past, each bound of the rule language.
// The bounds are the domain's (e2e suites may not import it, so they are copied here):
// libs/domain/src/rules/rule-limits.ts RULE_LIMITS and libs/domain/src/triggers/trigger-limits.ts TRIGGER_LIMITS.
export const RULE_LIMITS = {
  maxRules: 1000,
  maxDepth: 8,
  maxNodesPerRule: 200,
  maxNodesPerSet: 50_000,
  maxListItems: 500,
  maxStringLength: 2_000,
  maxNameLength: 200,
  maxPatternLength: 500,
  maxActions: 20,
  maxIdLength: 64,
} as const;
export const TRIGGER_LIMITS = { maxTriggers: 10_000, maxPhraseLength: 200, maxIdLength: 64 } as const;

/** A condition node: a leaf, or a group. */
export type Node = Record<string, unknown>;

/** The smallest condition there is (the shortest field, an operator without a value). */
export const LEAF: Node = { field: 'channel.name', operator: 'isSet' };

export const rule = (when: Node, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ id: 'r0', name: 'r', enabled: true, when, then: [], ...extra });
export const ruleSet = (rules: readonly Record<string, unknown>[], fallback: readonly unknown[] = []): Record<string, unknown> => ({ formatVersion: 1, hitPolicy: 'firstMatch', rules, fallback });

/** `depth` nested all-groups around one leaf (the root group is depth 1), and the path of the deepest group. */
export function nested(depth: number): { when: Node; deepest: string } {
  let when: Node = LEAF;
  for (let i = 0; i < depth; i++) when = { all: [when] };
  return { when, deepest: `when${'.all[0]'.repeat(depth - 1)}` };
}

/** One all-group holding `nodes - 1` leaves: `nodes` nodes in all. */
export const wide = (nodes: number): Node => ({ all: Array.from({ length: nodes - 1 }, () => LEAF) });

/** `count` minimal rules with ids "0", "1", … (short ids keep 1,001 rules under the 100 KB body cap). */
export const manyRules = (count: number): Record<string, unknown>[] => Array.from({ length: count }, (_, i) => rule(LEAF, { id: String(i), name: 'a' }));

/** `count` actions that each pass on their own. */
export const actions = (count: number): Record<string, unknown>[] => Array.from({ length: count }, () => ({ type: 'setPriority', priority: 'high' }));

/** `count` custom triggers with distinct ids and phrases. */
export const triggers = (count: number, phrase: (i: number) => string = (i) => `p${i}`): Record<string, unknown>[] =>
  Array.from({ length: count }, (_, i) => ({ id: `t${i}`, phrase: phrase(i), mode: 'phrase' }));
