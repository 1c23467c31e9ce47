import { compileSafeRegex } from '../safe-regex/compile-safe-regex';
import type { SafeRegex } from '../safe-regex/safe-regex';
import { normalizeText, type TextFolding } from '../shared/normalize-text';
import { OPERATORS_BY_ID, isOperatorAllowed } from './operator-catalogue';
import { coerceDatetime, isSetValue, type FieldAccessor, type FieldValue } from './read-field';
import type { Condition, ConditionScalar, FieldType, Operator } from './rule-ast';

/**
 * Operator semantics: the one definition both evaluators follow (the compiled one inlines the
 * same rules and a property test holds it to `testCondition`).
 *
 * - `isSet`: the value is defined, not `''` and not an empty list; `isNotSet` is its negation.
 * - Every other positive operator is false on a value that is not set.
 * - Negative operators are exact negations: notEquals = !equals, notIn = !in,
 *   notContains = !contains, hasNoneOf = !hasAnyOf (so `notEquals` on a missing value is true).
 * - Text (string, enum and string-list values): with `ignoreCase` / `ignoreAccents` both sides go
 *   through `normalizeText` (expected values once, here); without them raw strings are compared.
 *   `matches` compiles the pattern with the regex engine's `ignoreCase` and, with `ignoreAccents`,
 *   matches against the accent-folded text.
 * - equals / in: `===` (numbers, booleans, strings); contains / startsWith / endsWith: substrings;
 *   greater/less/between on numbers and on datetimes as epoch ms, `between` inclusive;
 *   hasAnyOf / hasAllOf: set semantics over the list's items.
 */

/** How text is folded before comparing: not at all, case, accents, or both. */
export type FoldingKey = 'none' | 'case' | 'accents' | 'caseAndAccents';

const FOLDINGS: Readonly<Record<Exclude<FoldingKey, 'none'>, TextFolding>> = {
  case: { ignoreCase: true },
  accents: { ignoreAccents: true },
  caseAndAccents: { ignoreCase: true, ignoreAccents: true },
};

/** Folds a text, or every item of a list, with `normalizeText`. */
export function foldValue<V extends string | readonly string[]>(value: V, key: Exclude<FoldingKey, 'none'>): V;
export function foldValue(value: string | readonly string[], key: Exclude<FoldingKey, 'none'>): string | readonly string[] {
  return typeof value === 'string' ? foldText(value, key) : value.map((item) => foldText(item, key));
}

// Printable ASCII is NFKC-stable, has no accents and no special case folds: lower-casing is all it needs.
const ASCII = /^[\t\n\r -~]*$/;

function foldText(text: string, key: Exclude<FoldingKey, 'none'>): string {
  if (ASCII.test(text)) return key === 'accents' ? text : text.toLowerCase();
  return normalizeText(text, FOLDINGS[key]);
}

/** Whether any item of `list` is in `set`. */
export function hasAnyItem(list: readonly string[], set: ReadonlySet<unknown>): boolean {
  for (const item of list) if (set.has(item)) return true;
  return false;
}

/** Whether every one of `required` occurs in `list`. */
export function hasAllItems(list: readonly string[], required: readonly unknown[]): boolean {
  for (const item of required) if (!list.includes(item as string)) return false;
  return true;
}

/** The comparison behind a condition, negation aside, with its expected values prepared. */
export type PreparedTest =
  | { readonly op: 'isSet' }
  | { readonly op: 'equals'; readonly value: ConditionScalar }
  | { readonly op: 'contains' | 'startsWith' | 'endsWith'; readonly value: string }
  | { readonly op: 'greaterThan' | 'greaterThanOrEqual' | 'lessThan' | 'lessThanOrEqual'; readonly value: number }
  | { readonly op: 'between'; readonly low: number; readonly high: number }
  | { readonly op: 'in' | 'hasAnyOf' | 'hasAllOf'; readonly values: readonly (string | number)[]; readonly set: ReadonlySet<string | number> }
  | { readonly op: 'matches'; readonly regex: SafeRegex };

/** A condition ready to run: its field, folding, comparison, and whether the result is negated. */
export interface PreparedCondition {
  readonly accessor: FieldAccessor;
  readonly folding: FoldingKey;
  readonly negated: boolean;
  readonly test: PreparedTest;
}

type NegativeOperator = 'notEquals' | 'notIn' | 'notContains' | 'hasNoneOf' | 'isNotSet';
type PositiveOperator = Exclude<Operator, NegativeOperator>;

const NEGATIONS: Readonly<Record<NegativeOperator, PositiveOperator>> = {
  notEquals: 'equals',
  notIn: 'in',
  notContains: 'contains',
  hasNoneOf: 'hasAnyOf',
  isNotSet: 'isSet',
};

const isNegative = (operator: Operator): operator is NegativeOperator => Object.hasOwn(NEGATIONS, operator);

/** Evaluates a prepared condition against a field value read with `readField`. */
export function testCondition(prepared: PreparedCondition, actual: FieldValue): boolean {
  const positive = actual !== undefined && isSetValue(actual) && comparePositive(prepared, actual);
  return prepared.negated ? !positive : positive;
}

/** The positive comparison for a value that is set (the compiler also asks it about `''` and `[]`). */
export function comparePositive(prepared: PreparedCondition, actual: Exclude<FieldValue, undefined>): boolean {
  const { test, folding } = prepared;
  const value = folding === 'none' || typeof actual === 'number' || typeof actual === 'boolean' ? actual : foldValue(actual, folding);
  switch (test.op) {
    case 'isSet':
      return true;
    case 'equals':
      return value === test.value;
    case 'contains':
      return text(value).includes(test.value);
    case 'startsWith':
      return text(value).startsWith(test.value);
    case 'endsWith':
      return text(value).endsWith(test.value);
    case 'matches':
      return test.regex.test(text(value));
    case 'greaterThan':
      return number(value) > test.value;
    case 'greaterThanOrEqual':
      return number(value) >= test.value;
    case 'lessThan':
      return number(value) < test.value;
    case 'lessThanOrEqual':
      return number(value) <= test.value;
    case 'between':
      return number(value) >= test.low && number(value) <= test.high;
    case 'in':
      return test.set.has(value as string | number);
    case 'hasAnyOf':
      return hasAnyItem(list(value), test.set);
    case 'hasAllOf':
      return hasAllItems(list(value), test.values);
  }
}

/**
 * Prepares a condition of a validated rule set: folds expected text, parses datetimes, builds
 * sets, compiles the pattern. A shape the parser would have refused is a bug, so it throws.
 */
export function prepareCondition(condition: Condition, accessor: FieldAccessor): PreparedCondition {
  const { operator } = condition;
  if (!isOperatorAllowed(accessor.type, operator)) throw new Error(`operator ${operator} not allowed on ${accessor.id}`);
  const negated = isNegative(operator);
  const positive = negated ? NEGATIONS[operator] : operator;
  const folding = foldingOf(condition, accessor.type);
  return { accessor, folding, negated, test: prepareTest(positive, condition, accessor.type, folding) };
}

function foldingOf(condition: Condition, type: FieldType): FoldingKey {
  const isText = type === 'string' || type === 'enum' || type === 'stringList';
  if (!isText || OPERATORS_BY_ID.get(condition.operator)?.text !== true) return 'none';
  const ignoreCase = condition.ignoreCase === true && condition.operator !== 'matches';
  const ignoreAccents = condition.ignoreAccents === true;
  if (ignoreCase) return ignoreAccents ? 'caseAndAccents' : 'case';
  return ignoreAccents ? 'accents' : 'none';
}

function prepareTest(op: PositiveOperator, condition: Condition, type: FieldType, folding: FoldingKey): PreparedTest {
  const scalar = (): ConditionScalar => expectScalar(condition.value, type, folding);
  switch (op) {
    case 'isSet':
      return { op };
    case 'equals':
      return { op, value: scalar() };
    case 'contains':
    case 'startsWith':
    case 'endsWith':
      return { op, value: text(scalar()) };
    case 'greaterThan':
    case 'greaterThanOrEqual':
    case 'lessThan':
    case 'lessThanOrEqual':
      return { op, value: number(scalar()) };
    case 'between': {
      const [low, high] = expectList(condition.value, type, folding).map(number);
      if (low === undefined || high === undefined) throw new Error('between needs [low, high]');
      return { op, low, high };
    }
    case 'in':
    case 'hasAnyOf':
    case 'hasAllOf': {
      const set = new Set(expectList(condition.value, type, folding).map((v) => v as string | number));
      return { op, values: [...set], set };
    }
    case 'matches':
      return { op, regex: compilePattern(condition) };
  }
}

function compilePattern(condition: Condition): SafeRegex {
  const compiled = compileSafeRegex(text(condition.value), { ignoreCase: condition.ignoreCase === true });
  if (!compiled.ok) throw new Error(`invalid pattern in a validated rule set: ${compiled.error.message}`);
  return compiled.value;
}

function expectList(value: Condition['value'], type: FieldType, folding: FoldingKey): readonly ConditionScalar[] {
  if (!Array.isArray(value)) throw new Error('expected a list value');
  return (value as readonly ConditionScalar[]).map((item) => expectScalar(item, type, folding));
}

function expectScalar(value: Condition['value'], type: FieldType, folding: FoldingKey): ConditionScalar {
  switch (type) {
    case 'string':
    case 'enum':
    case 'stringList': {
      const s = text(value);
      return folding === 'none' ? s : foldValue(s, folding);
    }
    case 'number':
      return number(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw new Error('expected a boolean value');
      return value;
    case 'datetime':
      return number(coerceDatetime(value));
  }
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw new Error('expected a string value');
  return value;
}

function number(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error('expected a finite number value');
  return value;
}

// Only string-list fields allow the list operators, and `readField` gives them arrays of strings.
const list = (value: unknown): readonly string[] => value as readonly string[];
