import type { Condition } from '@handoff/domain';
import { BENCH_CATALOGUE } from './vocabulary';

/** A condition's expected values as a list (one item for a scalar). */
export const valuesOf = (condition: Condition): readonly (string | number | boolean)[] =>
  Array.isArray(condition.value) ? (condition.value as readonly (string | number | boolean)[]) : condition.value === undefined ? [] : [condition.value as string | number | boolean];

/** Whether a field is a datetime, whose expected values are ISO strings to turn into epoch ms. */
export const isDatetimeField = (field: string): boolean => BENCH_CATALOGUE.byId.get(field)?.type === 'datetime';

/** A numeric expected value: datetimes as epoch milliseconds. */
export const numberOf = (field: string, value: string | number | boolean | undefined): number =>
  isDatetimeField(field) ? Date.parse(String(value)) : Number(value);

/**
 * The translators cover what the generator writes and refuse the rest, so a new operator in the
 * generator cannot silently get a different meaning in one contender.
 */
export function unsupported(condition: Condition): never {
  throw new Error(`no translation for ${condition.field} ${condition.operator}${condition.ignoreAccents ? ' (ignoreAccents)' : ''}`);
}
