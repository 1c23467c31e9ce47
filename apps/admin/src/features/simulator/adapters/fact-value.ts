import dayjs from 'dayjs';

/** What a fact input holds: text, a number, yes/no, a list of tags, or nothing. Datetimes are local `YYYY-MM-DDTHH:mm`, as a datetime-local input gives them. */
export type FactValue = string | number | boolean | readonly string[] | null;

/** Whether the admin filled the input in; blank text and empty lists mean "not set". */
export function isFactSet(value: FactValue | undefined): value is NonNullable<FactValue> {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The value as the server reads it: trimmed text, ISO datetimes, everything else as is. */
export function toFactJson(value: NonNullable<FactValue>, type: string | undefined): unknown {
  if (type === 'datetime' && typeof value === 'string') {
    const date = dayjs(value);
    return date.isValid() ? date.toISOString() : value;
  }
  return typeof value === 'string' ? value.trim() : value;
}
