import dayjs from 'dayjs';

/** A value of the trace as the admin reads it; `missing` values are shown dimmed. */
export interface FormattedValue {
  readonly text: string;
  readonly missing: boolean;
}

const present = (text: string): FormattedValue => ({ text, missing: false });

function formatDateTime(value: string | number): FormattedValue {
  const date = dayjs(value);
  return date.isValid() ? present(date.format('D MMM YYYY, HH:mm')) : present(String(value));
}

/**
 * A value read from the facts or written in a rule. `type` is the field's catalogue type, so
 * datetimes (epoch milliseconds or ISO strings) read as dates. Strings are quoted so that
 * "not set", an empty string and the word "none" cannot be confused.
 */
export function formatTraceValue(value: unknown, type?: string | null): FormattedValue {
  if (value === null || value === undefined) return { text: 'not set', missing: true };
  if (type === 'datetime' && (typeof value === 'string' || typeof value === 'number')) return formatDateTime(value);
  if (typeof value === 'string') return present(`“${value}”`);
  if (typeof value === 'number') return present(String(value));
  if (typeof value === 'boolean') return present(value ? 'yes' : 'no');
  if (Array.isArray(value)) {
    if (value.length === 0) return present('none (empty list)');
    return present(value.map((item) => formatTraceValue(item, type).text).join(', '));
  }
  return present(JSON.stringify(value));
}

/** The rule's side of a condition, shaped by its operator (`between` takes a range, `isSet` nothing). */
export function formatExpectedValue(value: unknown, operator: string | null, type?: string | null): FormattedValue {
  if (operator === 'isSet' || operator === 'isNotSet') return { text: '—', missing: true };
  if (operator === 'between' && Array.isArray(value) && value.length === 2) {
    return present(`${formatTraceValue(value[0], type).text} and ${formatTraceValue(value[1], type).text}`);
  }
  if (operator === 'matches' && typeof value === 'string') return present(`/${value}/`);
  return formatTraceValue(value, type);
}
