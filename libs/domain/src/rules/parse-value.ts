import { compileSafeRegex } from '../safe-regex/compile-safe-regex';
import type { RegexSyntaxError } from '../safe-regex/safe-regex';
import { issue, pathIndex, type Issue } from '../shared/issue';
import type { FieldDefinition } from './field-catalogue';
import { isIsoDateTime } from './is-iso-date-time';
import type { OperatorValueShape } from './operator-catalogue';
import type { ParseContext } from './parse-context';
import type { ConditionScalar, ConditionValue } from './rule-ast';
import { RULE_LIMITS } from './rule-limits';

/**
 * Checks a condition's `value` (present: absence is the caller's business) against the
 * operator's value shape and the field's type. Returns a fresh copy, or undefined after
 * reporting INVALID_VALUE, EMPTY_LIST, INVALID_RANGE, INVALID_REGEX or LIMIT_EXCEEDED at `path`.
 */
export function parseConditionValue(
  value: unknown,
  shape: Exclude<OperatorValueShape, 'none'>,
  field: FieldDefinition,
  path: string,
  ctx: ParseContext,
  ignoreCase: boolean,
): ConditionValue | undefined {
  const { issues } = ctx;
  switch (shape) {
    case 'scalar':
      return parseScalar(value, field, path, issues);
    case 'list':
      return parseList(value, field, path, issues);
    case 'range':
      return parseRange(value, field, path, issues);
    case 'pattern':
      return parsePattern(value, path, ctx, ignoreCase);
  }
}

/** One value of the field's type; a string-list field compares its items with strings. */
function parseScalar(value: unknown, field: FieldDefinition, path: string, issues: Issue[]): ConditionScalar | undefined {
  const invalid = (expected: string): undefined => {
    issues.push(issue('INVALID_VALUE', path, `expected ${expected}`));
    return undefined;
  };
  switch (field.type) {
    case 'string':
    case 'stringList':
      if (typeof value !== 'string') return invalid('a string');
      if (value.length > RULE_LIMITS.maxStringLength) {
        issues.push(issue('LIMIT_EXCEEDED', path, `a string value has at most ${RULE_LIMITS.maxStringLength} characters`));
        return undefined;
      }
      return value;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : invalid('a finite number');
    case 'boolean':
      return typeof value === 'boolean' ? value : invalid('true or false');
    case 'enum': {
      const options = field.options ?? [];
      return typeof value === 'string' && options.includes(value) ? value : invalid(`one of ${options.join(', ')}`);
    }
    case 'datetime':
      return typeof value === 'string' && isIsoDateTime(value)
        ? value
        : invalid('an ISO 8601 datetime such as 2024-05-01 or 2024-05-01T09:30:00Z (a time needs Z or an offset)');
  }
}

function parseList(value: unknown, field: FieldDefinition, path: string, issues: Issue[]): ConditionScalar[] | undefined {
  if (!Array.isArray(value)) {
    issues.push(issue('INVALID_VALUE', path, 'expected a list of values'));
    return undefined;
  }
  if (value.length === 0) {
    issues.push(issue('EMPTY_LIST', path, 'a list value needs at least one item'));
    return undefined;
  }
  const before = issues.length;
  if (value.length > RULE_LIMITS.maxListItems) {
    issues.push(issue('LIMIT_EXCEEDED', path, `a list value has at most ${RULE_LIMITS.maxListItems} items`));
  }
  const items: ConditionScalar[] = [];
  const count = Math.min(value.length, RULE_LIMITS.maxListItems);
  for (let i = 0; i < count; i++) {
    const item = parseScalar(value[i], field, pathIndex(path, i), issues);
    if (item !== undefined) items.push(item);
  }
  return issues.length === before ? items : undefined;
}

function parseRange(value: unknown, field: FieldDefinition, path: string, issues: Issue[]): ConditionScalar[] | undefined {
  if (!Array.isArray(value) || value.length !== 2) {
    issues.push(issue('INVALID_VALUE', path, 'expected a [low, high] pair'));
    return undefined;
  }
  const low = parseScalar(value[0], field, pathIndex(path, 0), issues);
  const high = parseScalar(value[1], field, pathIndex(path, 1), issues);
  if (low === undefined || high === undefined) return undefined;
  if (toInstant(low) > toInstant(high)) {
    issues.push(issue('INVALID_RANGE', path, 'low must not be greater than high'));
    return undefined;
  }
  return [low, high];
}

// `between` applies to numbers and datetimes only; datetimes compare as instants, not as text,
// so "2024-05-01T12:00+03:00" sorts before "2024-05-01T10:00Z".
const toInstant = (value: ConditionScalar): number => (typeof value === 'string' ? Date.parse(value) : Number(value));

function parsePattern(value: unknown, path: string, ctx: ParseContext, ignoreCase: boolean): string | undefined {
  if (typeof value !== 'string') {
    ctx.issues.push(issue('INVALID_VALUE', path, 'expected a regular expression, as a string'));
    return undefined;
  }
  if (value.length > RULE_LIMITS.maxPatternLength) {
    ctx.issues.push(issue('LIMIT_EXCEEDED', path, `a pattern has at most ${RULE_LIMITS.maxPatternLength} characters`));
    return undefined;
  }
  const error = checkPattern(value, ignoreCase, ctx.patternErrors);
  if (error !== null) {
    ctx.issues.push(issue('INVALID_REGEX', path, `${error.message} (at offset ${error.offset})`));
    return undefined;
  }
  return value;
}

// Compiling costs up to a millisecond for a long pattern, and one pattern repeated across
// thousands of conditions must not multiply that. Same options as the evaluator, so a pattern
// accepted here always compiles there.
function checkPattern(pattern: string, ignoreCase: boolean, known: Map<string, RegexSyntaxError | null>): RegexSyntaxError | null {
  const key = `${ignoreCase ? 'i' : '-'}${pattern}`;
  let error = known.get(key);
  if (error === undefined) {
    const compiled = compileSafeRegex(pattern, { ignoreCase });
    error = compiled.ok ? null : compiled.error;
    known.set(key, error);
  }
  return error;
}
