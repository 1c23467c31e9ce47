import { isIsoDateTime, OPERATORS_BY_ID, type Operator, type OperatorDefinition } from '@handoff/domain';
import type { EditorField } from './editor-catalogue';

const TEXT_TYPES: readonly string[] = ['string', 'enum', 'stringList'];

/** The operator's definition, if `operator` names one the field allows. */
export function operatorOf(field: EditorField | undefined, operator: string): OperatorDefinition | undefined {
  const definition = OPERATORS_BY_ID.get(operator as Operator);
  return definition && field?.operators.some((o) => o.id === definition.id) ? definition : undefined;
}

/** Whether `ignoreCase` / `ignoreAccents` apply: a text operator on a string, enum or string-list field. */
export const canFoldText = (field: EditorField | undefined, operator: string): boolean =>
  field !== undefined && TEXT_TYPES.includes(field.type) && operatorOf(field, operator)?.text === true;

/** Whether one list item or scalar already suits the field's type. */
export function fitsField(field: EditorField, value: unknown): boolean {
  switch (field.type) {
    case 'string':
    case 'stringList':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' && (field.options ?? []).includes(value);
    case 'datetime':
      return typeof value === 'string' && isIsoDateTime(value);
  }
}

// What an untouched editor holds. '' is deliberately invalid for numbers, enums and dates, so
// parseRuleSet asks for a value instead of the builder inventing one.
const emptyScalar = (field: EditorField): unknown => (field.type === 'boolean' ? true : '');

/**
 * The value a condition gets when its field or operator changes: the previous value where it
 * still fits the new value shape and type (a scalar becomes a one-item list and back), otherwise
 * an empty one; `null` (no value) for operators that take none.
 */
export function coerceValue(field: EditorField | undefined, operator: string, previous: unknown): unknown {
  const definition = operatorOf(field, operator);
  if (field === undefined || definition === undefined) return null;
  const items = Array.isArray(previous) ? previous : previous === null || previous === undefined || previous === '' ? [] : [previous];
  switch (definition.valueShape) {
    case 'none':
      return null;
    case 'scalar': {
      const [first] = items;
      return first !== undefined && fitsField(field, first) ? first : emptyScalar(field);
    }
    case 'list':
      return items.filter((item) => fitsField(field, item));
    case 'range':
      return items.length === 2 && items.every((item) => fitsField(field, item)) ? items : ['', ''];
    case 'pattern':
      return typeof previous === 'string' ? previous : '';
  }
}
