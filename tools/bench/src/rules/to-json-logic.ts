import * as jsonLogic from 'json-logic-js';
import type { AdditionalOperation, RulesLogic } from 'json-logic-js';
import { isGroup, normalizeText, type Condition, type ConditionNode, type RoutingFacts, type RuleSet } from '@handoff/domain';
import { numberOf, unsupported, valuesOf } from './condition-values';

const FOLD = { ignoreCase: true } as const;

// The one operation json-logic lacks: case folding, done with the engine's own function so both
// sides fold exactly alike (NFKC + full case folding). Missing or non-text values fold to null.
jsonLogic.add_operation('foldCase', (value: unknown) => (typeof value === 'string' ? normalizeText(value, FOLD) : null));

/** A json-logic expression, with the one extra operation (`foldCase`) registered above. */
export type Logic = RulesLogic<AdditionalOperation>;
const v = (field: string): Logic => ({ var: field });
const not = (logic: Logic): Logic => ({ '!': [logic] });
const isNumber = (field: string): Logic => ({ '!=': [v(field), null] });

/**
 * One condition as json-logic, with the engine's semantics: a positive operator is false on a
 * missing value (json-logic reads it as null), a negative operator is the exact negation.
 */
export function conditionToJsonLogic(condition: Condition): Logic {
  if (condition.ignoreAccents === true) unsupported(condition);
  const { field } = condition;
  const values = valuesOf(condition);
  const text = (s: unknown): string => (condition.ignoreCase === true ? normalizeText(String(s), FOLD) : String(s));
  const read: Logic = condition.ignoreCase === true ? { foldCase: [v(field)] } : v(field);
  const number = (i: number): number => numberOf(field, values[i]);
  switch (condition.operator) {
    case 'equals':
      return { '===': [v(field), values[0] as string] };
    case 'notEquals':
      return { '!==': [v(field), values[0] as string] };
    case 'in':
      return { in: [v(field), values as string[]] };
    case 'notIn':
      return not({ in: [v(field), values as string[]] });
    case 'contains':
      return { in: [text(values[0]), read] };
    case 'notContains':
      return not({ in: [text(values[0]), read] });
    case 'hasAnyOf':
      return { some: [v(field), { in: [{ var: '' }, values as string[]] }] };
    case 'hasNoneOf':
      return not({ some: [v(field), { in: [{ var: '' }, values as string[]] }] });
    case 'greaterThan':
      return { and: [isNumber(field), { '>': [v(field), number(0)] }] };
    case 'greaterThanOrEqual':
      return { and: [isNumber(field), { '>=': [v(field), number(0)] }] };
    case 'lessThan':
      return { and: [isNumber(field), { '<': [v(field), number(0)] }] };
    case 'lessThanOrEqual':
      return { and: [isNumber(field), { '<=': [v(field), number(0)] }] };
    case 'between':
      return { and: [isNumber(field), { '<=': [number(0), v(field), number(1)] }] };
    default:
      return unsupported(condition);
  }
}

/** A condition tree as json-logic: `all` → and, `any` → or, `not` → !. */
export function nodeToJsonLogic(node: ConditionNode): Logic {
  if (!isGroup(node)) return conditionToJsonLogic(node);
  if ('all' in node) return { and: node.all.map(nodeToJsonLogic) };
  if ('any' in node) return { or: node.any.map(nodeToJsonLogic) };
  return not(nodeToJsonLogic(node.not));
}

/** The json-logic contender: each enabled rule's `when` as an expression, tried in order. */
export interface JsonLogicRuleSet {
  /** Index of the first rule whose expression is truthy; -1 for the fallback. */
  firstMatch(facts: RoutingFacts): number;
  /** Indexes of every rule whose expression is truthy. */
  collectAll(facts: RoutingFacts): number[];
}

/** Translates a rule set once; evaluation is plain `jsonLogic.apply` per rule. */
export function createJsonLogicRuleSet(ruleSet: RuleSet): JsonLogicRuleSet {
  const rules = ruleSet.rules.flatMap((rule, index) => (rule.enabled ? [{ index, logic: nodeToJsonLogic(rule.when) }] : []));
  return {
    firstMatch(facts) {
      for (const rule of rules) if (jsonLogic.truthy(jsonLogic.apply(rule.logic, facts))) return rule.index;
      return -1;
    },
    collectAll(facts) {
      const matched: number[] = [];
      for (const rule of rules) if (jsonLogic.truthy(jsonLogic.apply(rule.logic, facts))) matched.push(rule.index);
      return matched;
    },
  };
}
