import type { FieldCatalogue, FieldEntity } from './field-catalogue';
import type { FieldType } from './rule-ast';
import type { RoutingFacts } from './routing-facts';

/**
 * Field reading, shared by the reference interpreter and the compiled evaluator.
 *
 * - `ticket.subject` reads `facts.ticket.subject`; `<entity>.custom.<key>` reads
 *   `facts.<entity>.custom[key]`, and only an OWN property of that record (`Object.hasOwn`), so a
 *   key such as `constructor` or `__proto__` never reaches the prototype.
 * - An entity or custom record that is not a (non-array, for custom) object reads as "not set".
 * - The raw value is coerced by the field's type, and a value of the wrong type reads as not
 *   set (`undefined`): string/enum → string; number → finite number; boolean → boolean;
 *   datetime → epoch milliseconds (numbers as they are, strings through `Date.parse`, NaN → not
 *   set); stringList → the array with its non-string items dropped.
 */

/** A field's value after coercion to its type; `undefined` means "not set". */
export type FieldValue = string | number | boolean | readonly string[] | undefined;

/** How to read one field from the facts, worked out once per field at compile time. */
export interface FieldAccessor {
  readonly id: string;
  readonly entity: FieldEntity;
  /** The property read: on the entity record, or in its `custom` record when `custom`. */
  readonly key: string;
  readonly custom: boolean;
  readonly type: FieldType;
}

/** Looks a field id up in the catalogue. An unknown id means the rule set skipped validation: a bug, so it throws. */
export function resolveFieldAccessor(fieldId: string, catalogue: FieldCatalogue): FieldAccessor {
  const field = catalogue.byId.get(fieldId);
  if (field === undefined) throw new Error(`unknown field in a validated rule set: ${fieldId}`);
  const prefix = field.custom ? `${field.entity}.custom.` : `${field.entity}.`;
  if (!fieldId.startsWith(prefix) || fieldId.length === prefix.length) {
    throw new Error(`field id does not match its entity: ${fieldId}`);
  }
  return { id: fieldId, entity: field.entity, key: fieldId.slice(prefix.length), custom: field.custom === true, type: field.type };
}

/** Reads a field and coerces it to the field's type (see the module comment). */
export function readField(facts: RoutingFacts, accessor: FieldAccessor): FieldValue {
  return coerceFieldValue(readRawField(facts, accessor), accessor.type);
}

/** Reads a field's raw value, before coercion. */
export function readRawField(facts: RoutingFacts, accessor: FieldAccessor): unknown {
  const record: unknown = facts[accessor.entity];
  if (typeof record !== 'object' || record === null) return undefined;
  if (!accessor.custom) return (record as Readonly<Record<string, unknown>>)[accessor.key];
  const custom: unknown = (record as { readonly custom?: unknown }).custom;
  if (typeof custom !== 'object' || custom === null || Array.isArray(custom)) return undefined;
  return Object.hasOwn(custom, accessor.key) ? (custom as Readonly<Record<string, unknown>>)[accessor.key] : undefined;
}

/** Coerces a raw value to a field type; a value of the wrong type becomes `undefined` (not set). */
export function coerceFieldValue(raw: unknown, type: FieldType): FieldValue {
  switch (type) {
    case 'string':
    case 'enum':
      return typeof raw === 'string' ? raw : undefined;
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'datetime':
      return coerceDatetime(raw);
    case 'stringList':
      return coerceStringList(raw);
  }
}

/** A datetime as epoch milliseconds: finite numbers as they are, strings through `Date.parse`; anything else `undefined`. */
export function coerceDatetime(raw: unknown): number | undefined {
  const ms = typeof raw === 'number' ? raw : typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/** A list of strings with its non-string items dropped (the array itself when all are strings); non-arrays `undefined`. */
export function coerceStringList(raw: unknown): readonly string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const items: readonly unknown[] = raw;
  return items.every((item) => typeof item === 'string') ? (items as readonly string[]) : items.filter((item): item is string => typeof item === 'string');
}

/** "Is set": defined, not the empty string and not an empty list. `false` and `0` are set. */
export function isSetValue(value: FieldValue): boolean {
  if (value === undefined || value === '') return false;
  return typeof value !== 'object' || value.length !== 0;
}
