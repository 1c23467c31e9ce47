import { lineText } from './change-line';
import { describeAvailabilityChanges, summarizeWorkingHours } from './describe-availability';

const WEEKDAYS_9_TO_5 = { timeZone: 'Europe/Helsinki', intervals: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '09:00', end: '17:00' })) };

describe('summarizeWorkingHours', () => {
  it.each([
    [null, 'Always working'],
    [WEEKDAYS_9_TO_5, 'Mon–Fri 09:00–17:00 (Europe/Helsinki)'],
    [
      { timeZone: 'UTC', intervals: [{ day: 'sat', start: '10:00', end: '14:00' }, { day: 'mon', start: '08:00', end: '12:00' }, { day: 'tue', start: '08:00', end: '12:00' }, { day: 'thu', start: '08:00', end: '12:00' }] },
      'Sat 10:00–14:00; Mon, Tue, Thu 08:00–12:00 (UTC)',
    ],
    [{ timeZone: 'UTC', intervals: [] }, 'No working intervals (UTC)'],
  ])('says %j as %s', (hours, expected) => {
    expect(summarizeWorkingHours(hours)).toBe(expected);
  });
});

describe('describeAvailabilityChanges', () => {
  describe('when presence, capacity and hours change', () => {
    it('says each before and after', () => {
      const lines = describeAvailabilityChanges({ status: 'online', capacity: 5, workingHours: null }, { status: 'away', capacity: 8, workingHours: WEEKDAYS_9_TO_5 }).map(lineText);
      expect(lines).toEqual(['Presence: Online → Away', 'Capacity (open tickets at once): 5 → 8', 'Working hours: Always working → Mon–Fri 09:00–17:00 (Europe/Helsinki)']);
    });
  });

  describe('when only the order of the intervals changes', () => {
    it('falls back to the changed paths', () => {
      const reordered = { ...WEEKDAYS_9_TO_5, intervals: [...WEEKDAYS_9_TO_5.intervals].reverse() };
      const lines = describeAvailabilityChanges({ workingHours: WEEKDAYS_9_TO_5 }, { workingHours: reordered }).map(lineText);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines[0]).toMatch(/^Working hours › intervals › #\d/);
    });
  });
});
