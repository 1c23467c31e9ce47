import { issue, pathProp } from '../shared/issue';
import type { FieldDefinition } from './field-catalogue';
import { findClosestName } from './find-closest-name';
import { OPERATORS_BY_FIELD_TYPE, OPERATORS_BY_ID, type OperatorDefinition } from './operator-catalogue';
import type { ParseContext } from './parse-context';
import { parseConditionValue } from './parse-value';
import { quote, readOwn, readRequired, reportUnknownKeys, type InputRecord } from '../shared/read-input';
import type { Condition, ConditionValue, FieldType, Operator } from './rule-ast';

/** The keys a condition may have. */
export const CONDITION_KEYS = ['field', 'operator', 'value', 'ignoreCase', 'ignoreAccents'] as const;

const TEXT_FIELD_TYPES: readonly FieldType[] = ['string', 'enum', 'stringList'];
const FOLDING_FLAGS = ['ignoreCase', 'ignoreAccents'] as const;

/**
 * Checks a leaf `{ field, operator, value, ignoreCase?, ignoreAccents? }` against the catalogue:
 * UNKNOWN_FIELD, UNKNOWN_OPERATOR, OPERATOR_NOT_ALLOWED, value issues at `.value`, misplaced
 * folding flags. Returns a fresh condition, or undefined once something was reported.
 */
export function parseCondition(raw: InputRecord, path: string, ctx: ParseContext): Condition | undefined {
  const before = ctx.issues.length;
  reportUnknownKeys(raw, CONDITION_KEYS, path, ctx.issues);
  const field = readField(raw, path, ctx);
  const operator = readOperator(raw, path, field, ctx);
  const flags = readFoldingFlags(raw, path, field, operator, ctx);
  if (field === undefined || operator === undefined) return undefined;
  const valuePath = pathProp(path, 'value');
  const rawValue = readOwn(raw, 'value');
  let value: ConditionValue | undefined;
  if (operator.valueShape === 'none') {
    if (rawValue !== undefined) ctx.issues.push(issue('INVALID_VALUE', valuePath, `${operator.id} takes no value`));
  } else if (rawValue === undefined) {
    ctx.issues.push(issue('MISSING_PROPERTY', valuePath, `${operator.id} needs a value`));
  } else {
    value = parseConditionValue(rawValue, operator.valueShape, field, valuePath, ctx, flags.ignoreCase === true);
  }
  if (ctx.issues.length > before) return undefined;
  return { field: field.id, operator: operator.id, ...(value === undefined ? {} : { value }), ...flags };
}

function readField(raw: InputRecord, path: string, ctx: ParseContext): FieldDefinition | undefined {
  const at = pathProp(path, 'field');
  const id = readRequired(raw, 'field', path, ctx.issues);
  if (id === undefined) return undefined;
  const field = typeof id === 'string' ? ctx.catalogue.byId.get(id) : undefined;
  if (field === undefined) {
    const hint = typeof id === 'string' ? suggest(id, ctx.catalogue.byId.keys(), ctx) : '';
    ctx.issues.push(issue('UNKNOWN_FIELD', at, `unknown field${typeof id === 'string' ? ` ${quote(id)}` : ''}${hint}`));
  }
  return field;
}

function readOperator(raw: InputRecord, path: string, field: FieldDefinition | undefined, ctx: ParseContext): OperatorDefinition | undefined {
  const at = pathProp(path, 'operator');
  const id = readRequired(raw, 'operator', path, ctx.issues);
  if (id === undefined) return undefined;
  const operator = typeof id === 'string' ? OPERATORS_BY_ID.get(id as Operator) : undefined;
  if (operator === undefined) {
    const hint = typeof id === 'string' ? suggest(id, OPERATORS_BY_ID.keys(), ctx) : '';
    ctx.issues.push(issue('UNKNOWN_OPERATOR', at, `unknown operator${typeof id === 'string' ? ` ${quote(id)}` : ''}${hint}`));
    return undefined;
  }
  if (field === undefined) return operator;
  const allowed = OPERATORS_BY_FIELD_TYPE[field.type];
  if (!allowed.includes(operator.id)) {
    ctx.issues.push(issue('OPERATOR_NOT_ALLOWED', at, `${field.id} (${field.type}) allows only ${allowed.join(', ')}`));
    return undefined;
  }
  return operator;
}

/** `ignoreCase` / `ignoreAccents`: booleans, and only where text is compared. Kept as given, `false` included. */
function readFoldingFlags(
  raw: InputRecord,
  path: string,
  field: FieldDefinition | undefined,
  operator: OperatorDefinition | undefined,
  ctx: ParseContext,
): { ignoreCase?: boolean; ignoreAccents?: boolean } {
  const flags: { ignoreCase?: boolean; ignoreAccents?: boolean } = {};
  const comparesText = operator === undefined || field === undefined || (operator.text && TEXT_FIELD_TYPES.includes(field.type));
  for (const flag of FOLDING_FLAGS) {
    const value = readOwn(raw, flag);
    if (value === undefined) continue;
    if (typeof value !== 'boolean') {
      ctx.issues.push(issue('INVALID_VALUE', pathProp(path, flag), `${flag} must be true or false`));
    } else if (!comparesText) {
      const message = `${flag} applies only to text operators on string, enum or stringList fields`;
      ctx.issues.push(issue('INVALID_VALUE', pathProp(path, flag), message));
    } else {
      flags[flag] = value;
    }
  }
  return flags;
}

function suggest(name: string, known: Iterable<string>, ctx: ParseContext): string {
  if (ctx.suggestionsLeft <= 0) return '';
  ctx.suggestionsLeft -= 1;
  const closest = findClosestName(name, known);
  return closest === undefined ? '' : `; did you mean ${closest}?`;
}
