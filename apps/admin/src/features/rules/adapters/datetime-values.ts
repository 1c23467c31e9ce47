import { isIsoDateTime } from '@handoff/domain';
import dayjs from 'dayjs';

/**
 * Datetimes are ISO 8601 instants in the AST; the browser's `datetime-local` input speaks local
 * `YYYY-MM-DDTHH:mm`. The input shows the admin's local time, and a picked moment is stored as
 * UTC with a `Z`, which the parser accepts.
 */
export function toLocalInputValue(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDateTime(value)) return '';
  return dayjs(value).format('YYYY-MM-DDTHH:mm');
}

/** A picked local moment as an ISO instant; '' (an invalid value the parser reports) when cleared. */
export function fromLocalInputValue(value: string): string {
  if (value === '') return '';
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.toISOString() : '';
}
