import { issue, pathIndex, pathProp, type Issue } from '../shared/issue';
import { WEEKDAYS, type WorkingHours } from './availability';
import { isValidTimeZone, parseClockTime } from './read-local-time';

/** Intervals one person may have: far more than any real week needs, small enough to check per handoff. */
export const MAX_WORKING_INTERVALS = 100;

/**
 * Checks working hours arriving from outside (API input, stored rows): a time zone Intl knows
 * (INVALID_TIME_ZONE), known weekdays and 24-hour "HH:MM" times (INVALID_VALUE), and a bounded
 * number of intervals (LIMIT_EXCEEDED). Returns every issue found, empty when valid.
 */
export function validateWorkingHours(hours: WorkingHours, path: string): Issue[] {
  const issues: Issue[] = [];
  if (typeof hours.timeZone !== 'string' || !isValidTimeZone(hours.timeZone)) {
    issues.push(issue('INVALID_TIME_ZONE', pathProp(path, 'timeZone'), `unknown IANA time zone: ${String(hours.timeZone)}`));
  }
  const intervalsPath = pathProp(path, 'intervals');
  if (hours.intervals.length > MAX_WORKING_INTERVALS) {
    issues.push(issue('LIMIT_EXCEEDED', intervalsPath, `at most ${MAX_WORKING_INTERVALS} working intervals`));
  }
  hours.intervals.forEach((interval, i) => {
    const at = pathIndex(intervalsPath, i);
    if (!(WEEKDAYS as readonly unknown[]).includes(interval.day)) {
      issues.push(issue('INVALID_VALUE', pathProp(at, 'day'), `day must be one of ${WEEKDAYS.join(', ')}`));
    }
    for (const key of ['start', 'end'] as const) {
      const value: unknown = interval[key];
      if (typeof value !== 'string' || parseClockTime(value) === null) {
        issues.push(issue('INVALID_VALUE', pathProp(at, key), `${key} must be a 24-hour time "HH:MM"`));
      }
    }
  });
  return issues;
}
