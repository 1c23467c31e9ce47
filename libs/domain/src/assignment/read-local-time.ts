import { WEEKDAYS, type Weekday } from './availability';

/** A moment as a person sees it on their wall clock: weekday and minutes since local midnight. */
export interface LocalTime {
  readonly day: Weekday;
  readonly minute: number;
}

const SHORT_DAY: Readonly<Record<string, Weekday>> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

// Building a DateTimeFormat is far slower than using one; `null` remembers a zone Intl rejected.
const FORMATTERS = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  const cached = FORMATTERS.get(timeZone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat | null;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  } catch {
    formatter = null;
  }
  FORMATTERS.set(timeZone, formatter);
  return formatter;
}

/** Tells whether Intl knows an IANA time zone (`Europe/Helsinki`, `UTC`). */
export const isValidTimeZone = (timeZone: string): boolean => formatterFor(timeZone) !== null;

/** The weekday and minute of the day at `now` (epoch ms) in a time zone; `null` for a zone Intl rejects. */
export function readLocalTime(timeZone: string, now: number): LocalTime | null {
  const formatter = formatterFor(timeZone);
  if (formatter === null) return null;
  let day: Weekday | undefined;
  let hour = 0;
  let minute = 0;
  for (const part of formatter.formatToParts(now)) {
    if (part.type === 'weekday') day = SHORT_DAY[part.value];
    else if (part.type === 'hour') hour = Number(part.value) % 24; // some ICU builds say "24" at midnight
    else if (part.type === 'minute') minute = Number(part.value);
  }
  if (day === undefined) throw new Error(`unexpected weekday from Intl for ${timeZone}`);
  return { day, minute: hour * 60 + minute };
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight for a 24-hour "HH:MM" (`00:00`–`23:59`), or `null` when malformed. */
export function parseClockTime(text: string): number | null {
  const m = CLOCK.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The weekday after `day` (sun → mon). */
export const nextWeekday = (day: Weekday): Weekday => WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % WEEKDAYS.length] as Weekday;
