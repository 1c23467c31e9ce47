// The ECMAScript date-time string format (what `toISOString` writes and every engine parses the
// same way): a date alone, or a date and time WITH a zone. A time without a zone is read as local
// time by `Date.parse`, so the browser's preview and the server could disagree; it is refused.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{3})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

/**
 * Tells whether text is an ISO 8601 datetime the rule language accepts: `2024-05-01`,
 * `2024-05-01T09:30Z`, `2024-05-01T09:30:00.000+03:00`. Impossible dates (Feb 30) are refused
 * rather than rolled over, since engines differ on them.
 */
export function isIsoDateTime(text: string): boolean {
  const m = ISO_DATE_TIME.exec(text);
  if (m === null) return false;
  const part = (i: number): number => Number(m[i] ?? 0);
  const month = part(2);
  const day = part(3);
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(part(1), month) &&
    part(4) <= 23 && part(5) <= 59 && part(6) <= 59 && part(7) <= 23 && part(8) <= 59 &&
    !Number.isNaN(Date.parse(text))
  );
}

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
