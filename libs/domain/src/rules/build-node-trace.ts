import type { ConditionTrace, GroupTrace } from './routing-decision';
import type { Condition } from './rule-ast';

/** Builds a condition's trace entry; `expected` is the value as written in the rule and is absent for isSet / isNotSet. */
export function buildConditionTrace(path: string, condition: Condition, actual: unknown, result: boolean): ConditionTrace {
  const { field, operator, value } = condition;
  return operator === 'isSet' || operator === 'isNotSet' || value === undefined
    ? { kind: 'condition', path, field, operator, actual, result }
    : { kind: 'condition', path, field, operator, expected: value, actual, result };
}

/** Builds a group's trace entry. */
export function buildGroupTrace(path: string, combinator: GroupTrace['combinator'], result: boolean): GroupTrace {
  return { kind: 'group', path, combinator, result };
}
