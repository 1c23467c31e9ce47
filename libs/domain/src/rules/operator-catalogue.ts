import type { FieldType, Operator } from './rule-ast';

/**
 * The shape an operator's `value` must have, given the field's type:
 * `none` (isSet), `scalar` (one value of the field's type), `list` (non-empty list of them),
 * `range` (`[low, high]`, low ≤ high), `pattern` (a safe regular expression).
 */
export type OperatorValueShape = 'none' | 'scalar' | 'list' | 'range' | 'pattern';

/** One operator as the admin sees it. `text` operators accept `ignoreCase` / `ignoreAccents`. */
export interface OperatorDefinition {
  readonly id: Operator;
  readonly label: string;
  readonly valueShape: OperatorValueShape;
  readonly text: boolean;
}

/** Every operator, in the order an editor should list them. */
export const OPERATORS: readonly OperatorDefinition[] = [
  { id: 'equals', label: 'is', valueShape: 'scalar', text: true },
  { id: 'notEquals', label: 'is not', valueShape: 'scalar', text: true },
  { id: 'in', label: 'is one of', valueShape: 'list', text: true },
  { id: 'notIn', label: 'is none of', valueShape: 'list', text: true },
  { id: 'contains', label: 'contains', valueShape: 'scalar', text: true },
  { id: 'notContains', label: 'does not contain', valueShape: 'scalar', text: true },
  { id: 'startsWith', label: 'starts with', valueShape: 'scalar', text: true },
  { id: 'endsWith', label: 'ends with', valueShape: 'scalar', text: true },
  { id: 'matches', label: 'matches pattern', valueShape: 'pattern', text: true },
  { id: 'greaterThan', label: 'is greater than / after', valueShape: 'scalar', text: false },
  { id: 'greaterThanOrEqual', label: 'is at least / on or after', valueShape: 'scalar', text: false },
  { id: 'lessThan', label: 'is less than / before', valueShape: 'scalar', text: false },
  { id: 'lessThanOrEqual', label: 'is at most / on or before', valueShape: 'scalar', text: false },
  { id: 'between', label: 'is between', valueShape: 'range', text: false },
  { id: 'isSet', label: 'is set', valueShape: 'none', text: false },
  { id: 'isNotSet', label: 'is not set', valueShape: 'none', text: false },
  { id: 'hasAnyOf', label: 'has any of', valueShape: 'list', text: true },
  { id: 'hasAllOf', label: 'has all of', valueShape: 'list', text: true },
  { id: 'hasNoneOf', label: 'has none of', valueShape: 'list', text: true },
];

/** Operators by id. */
export const OPERATORS_BY_ID: ReadonlyMap<Operator, OperatorDefinition> = new Map(OPERATORS.map((o) => [o.id, o]));

/** Which operators each field type allows. */
export const OPERATORS_BY_FIELD_TYPE: Readonly<Record<FieldType, readonly Operator[]>> = {
  string: ['equals', 'notEquals', 'in', 'notIn', 'contains', 'notContains', 'startsWith', 'endsWith', 'matches', 'isSet', 'isNotSet'],
  number: ['equals', 'notEquals', 'in', 'notIn', 'greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual', 'between', 'isSet', 'isNotSet'],
  boolean: ['equals', 'notEquals', 'isSet', 'isNotSet'],
  enum: ['equals', 'notEquals', 'in', 'notIn', 'isSet', 'isNotSet'],
  datetime: ['greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual', 'between', 'isSet', 'isNotSet'],
  stringList: ['hasAnyOf', 'hasAllOf', 'hasNoneOf', 'isSet', 'isNotSet'],
};

/** Tells whether a field type allows an operator. */
export const isOperatorAllowed = (type: FieldType, operator: Operator): boolean => OPERATORS_BY_FIELD_TYPE[type].includes(operator);
