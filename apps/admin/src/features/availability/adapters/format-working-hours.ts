import { WEEKDAYS } from '@handoff/domain';

interface Interval {
  readonly day: string;
  readonly start: string;
  readonly end: string;
}

interface Hours {
  readonly timeZone: string;
  readonly intervals: readonly Interval[];
}

const DAY_NAMES: Record<string, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/**
 * Weekly hours in a line: runs of days with the same intervals share one entry
 * ("Mon–Fri 09:00–17:00; Sat 10:00–14:00"). An interval ending before it starts runs past midnight.
 */
export function summariseWorkingHours(hours: Hours | null): string {
  if (hours === null) return 'Always working';
  const perDay = WEEKDAYS.map((day) => {
    const spans = hours.intervals
      .filter((i) => i.day === day)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((i) => `${i.start}–${i.end}${i.end <= i.start ? ' (+1 day)' : ''}`);
    return { day, spans: spans.join(', ') };
  });
  const runs: { from: string; to: string; spans: string }[] = [];
  for (const { day, spans } of perDay) {
    const last = runs[runs.length - 1];
    const previousDay = WEEKDAYS[WEEKDAYS.indexOf(day) - 1];
    if (last && spans && last.spans === spans && last.to === previousDay) last.to = day;
    else if (spans) runs.push({ from: day, to: day, spans });
  }
  if (runs.length === 0) return 'No working hours';
  return runs.map((r) => `${DAY_NAMES[r.from]}${r.to !== r.from ? `–${DAY_NAMES[r.to]}` : ''} ${r.spans}`).join('; ');
}

/** What the clock says where the person is ("Tue 02:41"), or null for a zone this browser does not know. */
export function localTime(timeZone: string, now: number): string | null {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  } catch {
    return null;
  }
}
