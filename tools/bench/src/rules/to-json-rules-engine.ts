import { Engine, type TopLevelCondition } from 'json-rules-engine';
import { isGroup, normalizeText, type Condition, type ConditionNode, type RoutingFacts, type RuleSet } from '@handoff/domain';
import { numberOf, unsupported, valuesOf } from './condition-values';

const FOLD = { ignoreCase: true } as const;

/** A json-rules-engine condition: one fact (an entity of the facts) and a path into it. */
export interface JreCondition {
  readonly fact: string;
  readonly path: string;
  readonly operator: string;
  readonly value: unknown;
}

/** A json-rules-engine condition tree. */
export type JreNode = JreCondition | { readonly all: JreNode[] } | { readonly any: JreNode[] } | { readonly not: JreNode };

const leaf = (field: string, operator: string, value: unknown): JreCondition => {
  const dot = field.indexOf('.');
  return { fact: field.slice(0, dot), path: field.slice(dot + 1), operator, value };
};

/**
 * One condition in json-rules-engine's terms, with the engine's semantics. Its built-in
 * operators already say false for a missing value (numbers through their validator, `contains`
 * through Array.isArray) and `notEqual`/`notIn` are exact negations; text search gets a custom
 * operator, since `contains` is for arrays.
 */
export function conditionToJre(condition: Condition): JreNode {
  if (condition.ignoreAccents === true) unsupported(condition);
  const { field } = condition;
  const values = valuesOf(condition);
  const number = (i: number): number => numberOf(field, values[i]);
  const textOperator = condition.ignoreCase === true ? 'textContainsFolded' : 'textContains';
  const needle = condition.ignoreCase === true ? normalizeText(String(values[0]), FOLD) : String(values[0]);
  switch (condition.operator) {
    case 'equals':
      return leaf(field, 'equal', values[0]);
    case 'notEquals':
      return leaf(field, 'notEqual', values[0]);
    case 'in':
      return leaf(field, 'in', values);
    case 'notIn':
      return leaf(field, 'notIn', values);
    case 'contains':
      return leaf(field, textOperator, needle);
    case 'notContains':
      return leaf(field, `not:${textOperator}`, needle);
    case 'hasAnyOf':
      return leaf(field, 'someValue:contains', values);
    case 'hasNoneOf':
      return leaf(field, 'not:someValue:contains', values);
    case 'greaterThan':
      return leaf(field, 'greaterThan', number(0));
    case 'greaterThanOrEqual':
      return leaf(field, 'greaterThanInclusive', number(0));
    case 'lessThan':
      return leaf(field, 'lessThan', number(0));
    case 'lessThanOrEqual':
      return leaf(field, 'lessThanInclusive', number(0));
    case 'between':
      return { all: [leaf(field, 'greaterThanInclusive', number(0)), leaf(field, 'lessThanInclusive', number(1))] };
    default:
      return unsupported(condition);
  }
}

/** A condition tree in json-rules-engine's terms: `all`, `any` and `not` map one to one. */
export function nodeToJre(node: ConditionNode): JreNode {
  if (!isGroup(node)) return conditionToJre(node);
  if ('all' in node) return { all: node.all.map(nodeToJre) };
  if ('any' in node) return { any: node.any.map(nodeToJre) };
  return { not: nodeToJre(node.not) };
}

// Paths are plain property chains; resolving them directly instead of through the default
// JSONPath resolver is json-rules-engine's documented `pathResolver` option, and only helps it.
const splitPaths = new Map<string, readonly string[]>();
function resolvePath(value: object, path: string): unknown {
  let parts = splitPaths.get(path);
  if (parts === undefined) splitPaths.set(path, (parts = path.split('.')));
  let current: unknown = value;
  for (const part of parts) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The json-rules-engine contender: one Engine, one rule per enabled rule, priorities in rule order. */
export interface JreRuleSet {
  /** Indexes of the matched rules: at most one under first-match (the engine stops at the first success). */
  run(facts: RoutingFacts): Promise<number[]>;
}

/** Builds the Engine once; `run` is one `await engine.run(facts)`. */
export function createJreRuleSet(ruleSet: RuleSet): JreRuleSet {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath });
  engine.addOperator<unknown, string>('textContains', (fact, needle) => typeof fact === 'string' && fact.includes(needle));
  engine.addOperator<unknown, string>('textContainsFolded', (fact, needle) => typeof fact === 'string' && normalizeText(fact, FOLD).includes(needle));
  ruleSet.rules.forEach((rule, index) => {
    if (!rule.enabled) return;
    const when = nodeToJre(rule.when);
    const conditions = ('all' in when || 'any' in when || 'not' in when ? when : { all: [when] }) as TopLevelCondition;
    engine.addRule({ name: rule.id, priority: ruleSet.rules.length - index, conditions, event: { type: 'matched', params: { index } } });
  });
  // Priorities are distinct, so rules run one priority set at a time and stopping after the
  // first success leaves every later rule unevaluated, as first-match should.
  if (ruleSet.hitPolicy === 'firstMatch') engine.on('success', () => void engine.stop());
  return {
    async run(facts) {
      const { events } = await engine.run(facts as Record<string, unknown>);
      return events.map((event) => (event.params as { index: number }).index);
    },
  };
}
