import type { WorkingHours, WorkingInterval } from './availability';
import { nextWeekday, parseClockTime, readLocalTime, type LocalTime } from './read-local-time';

/**
 * Tells whether `now` (epoch ms) falls inside a person's working hours, read on their own wall
 * clock so DST shifts move the hours with the person. `null` hours mean "always working".
 *
 * Each interval covers `start ≤ t < end` on its day. An interval whose end is at or before its
 * start wraps past midnight: `mon 22:00–06:00` covers Monday 22:00 to Tuesday 06:00, and
 * `mon 09:00–09:00` covers 24 hours from Monday 09:00. An unknown time zone or a malformed
 * interval never matches (fails closed): `validateWorkingHours` rejects both on write.
 */
export function isWithinWorkingHours(hours: WorkingHours | null, now: number): boolean {
  if (hours === null) return true;
  const local = readLocalTime(hours.timeZone, now);
  if (local === null) return false;
  return hours.intervals.some((interval) => coversLocalTime(interval, local));
}

function coversLocalTime(interval: WorkingInterval, local: LocalTime): boolean {
  const start = parseClockTime(interval.start);
  const end = parseClockTime(interval.end);
  if (start === null || end === null) return false;
  if (end > start) return local.day === interval.day && local.minute >= start && local.minute < end;
  return (local.day === interval.day && local.minute >= start) || (local.day === nextWeekday(interval.day) && local.minute < end);
}
