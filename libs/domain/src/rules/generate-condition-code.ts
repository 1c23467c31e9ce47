import { comparePositive, type FoldingKey, type PreparedCondition } from './operators';

/**
 * How generated code reaches one field's value inside a chunk function: `read` yields the value
 * (reading it on first use when the read is lazy), `local` names it once `read` has run, and
 * `folded` yields its folded form, computed at most once per chunk run (needs `read` first).
 */
export interface FieldRef {
  readonly read: string;
  readonly local: string;
  folded(key: Exclude<FoldingKey, 'none'>): string;
}

/** Names a constant passed in through the constants array (`k12`); never inlines its value. */
export type ConstantRef = (value: unknown) => string;

/** Lists up to this size compare with a chain of `===`; longer ones use a `Set`. */
const MAX_CHAIN = 4;

/**
 * JavaScript for one prepared condition: a boolean expression, always parenthesised or
 * negated-parenthesised, mirroring `testCondition` (operators.ts). Guards the reference spells
 * out are dropped where the comparison is already false without them: `undefined` never equals,
 * includes or exceeds a constant, and `''` / `[]` are tested against the comparison itself at
 * compile time.
 */
export function generateConditionCode(prepared: PreparedCondition, ref: FieldRef, constant: ConstantRef): string {
  const positive = positiveCode(prepared, ref, constant);
  return prepared.negated ? `!${positive}` : positive;
}

function positiveCode(prepared: PreparedCondition, ref: FieldRef, constant: ConstantRef): string {
  const { test, folding } = prepared;
  const { type } = prepared.accessor;
  const { read, local } = ref;
  const isList = type === 'stringList';
  const isText = type === 'string' || type === 'enum' || isList;
  const notEmpty = isList ? `${local}.length !== 0` : `${local} !== ''`;
  if (test.op === 'isSet') return isText ? `(${read} !== undefined && ${notEmpty})` : `(${read} !== undefined)`;

  switch (test.op) {
    case 'greaterThan':
      return `(${read} > ${constant(test.value)})`;
    case 'greaterThanOrEqual':
      return `(${read} >= ${constant(test.value)})`;
    case 'lessThan':
      return `(${read} < ${constant(test.value)})`;
    case 'lessThanOrEqual':
      return `(${read} <= ${constant(test.value)})`;
    case 'between':
      return `(${read} >= ${constant(test.low)} && ${local} <= ${constant(test.high)})`;
  }
  // `''` and `[]` are not set, so the guard must exclude them unless the comparison does already.
  const guardEmpty = isText && comparePositive(prepared, isList ? [] : '');
  if (folding === 'none' && !guardEmpty) {
    if (test.op === 'equals') return `(${read} === ${constant(test.value)})`;
    if (test.op === 'in') return oneOfCode(read, local, test, constant);
  }
  const guard = guardEmpty ? `${read} !== undefined && ${notEmpty}` : `${read} !== undefined`;
  const value = folding === 'none' ? local : ref.folded(folding);
  switch (test.op) {
    case 'equals':
      return `(${guard} && ${value} === ${constant(test.value)})`;
    case 'in':
      return `(${guard} && ${oneOfCode(value, value, test, constant)})`;
    case 'contains':
      return `(${guard} && ${value}.includes(${constant(test.value)}))`;
    case 'startsWith':
      return `(${guard} && ${value}.startsWith(${constant(test.value)}))`;
    case 'endsWith':
      return `(${guard} && ${value}.endsWith(${constant(test.value)}))`;
    case 'matches':
      return `(${guard} && ${constant(test.regex)}.test(${value}))`;
    case 'hasAnyOf':
    case 'hasAllOf':
      // A few items: the list includes any / all of them, without a call (same SameValueZero as the helpers).
      if (test.values.length <= MAX_CHAIN) {
        const includes = test.values.map((v) => `${value}.includes(${constant(v)})`).join(test.op === 'hasAnyOf' ? ' || ' : ' && ');
        return `(${guard} && (${includes}))`;
      }
      return test.op === 'hasAnyOf' ? `(${guard} && hasAny(${value}, ${constant(test.set)}))` : `(${guard} && hasAll(${value}, ${constant(test.values)}))`;
  }
}

/** `first` is the expression that reads the value, `rest` how to name it after that. */
function oneOfCode(first: string, rest: string, test: { readonly values: readonly unknown[]; readonly set: ReadonlySet<unknown> }, constant: ConstantRef): string {
  if (test.values.length > MAX_CHAIN) return `${constant(test.set)}.has(${first})`;
  return `(${test.values.map((v, i) => `${i === 0 ? first : rest} === ${constant(v)}`).join(' || ')})`;
}
