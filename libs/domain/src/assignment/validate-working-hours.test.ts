import type { WorkingHours } from './availability';
import { MAX_WORKING_INTERVALS, validateWorkingHours } from './validate-working-hours';

// Casts stand in for JSON from outside, which the types cannot vouch for.
const raw = (value: unknown): WorkingHours => value as WorkingHours;

describe('validateWorkingHours', () => {
  describe('when the hours are valid', () => {
    it.each([
      ['Helsinki weekdays', { timeZone: 'Europe/Helsinki', intervals: [{ day: 'mon', start: '09:00', end: '17:00' }] }],
      ['a night shift wrapping midnight', { timeZone: 'America/New_York', intervals: [{ day: 'sun', start: '22:00', end: '06:00' }] }],
      ['no intervals at all', { timeZone: 'UTC', intervals: [] }],
      ['the extremes of the clock', { timeZone: 'UTC', intervals: [{ day: 'sat', start: '00:00', end: '23:59' }] }],
    ])('returns no issues for %s', (_label, hours) => {
      expect(validateWorkingHours(raw(hours), 'hours')).toEqual([]);
    });
  });

  describe('when something is wrong', () => {
    it.each([
      ['an unknown zone', { timeZone: 'Europe/Atlantis', intervals: [] }, [['INVALID_TIME_ZONE', 'hours.timeZone']]],
      ['an empty zone', { timeZone: '', intervals: [] }, [['INVALID_TIME_ZONE', 'hours.timeZone']]],
      ['a zone that is not text', { timeZone: 2, intervals: [] }, [['INVALID_TIME_ZONE', 'hours.timeZone']]],
      ['an unknown day', { timeZone: 'UTC', intervals: [{ day: 'funday', start: '09:00', end: '10:00' }] }, [['INVALID_VALUE', 'hours.intervals[0].day']]],
      [
        'bad clock times',
        { timeZone: 'UTC', intervals: [{ day: 'mon', start: '09:00', end: '10:00' }, { day: 'tue', start: '24:00', end: '9:5' }] },
        [
          ['INVALID_VALUE', 'hours.intervals[1].start'],
          ['INVALID_VALUE', 'hours.intervals[1].end'],
        ],
      ],
      ['a time that is not text', { timeZone: 'UTC', intervals: [{ day: 'mon', start: 900, end: '10:00' }] }, [['INVALID_VALUE', 'hours.intervals[0].start']]],
    ])('reports %s', (_label, hours, expected) => {
      const issues = validateWorkingHours(raw(hours), 'hours');

      expect(issues.map((i) => [i.code, i.path])).toEqual(expected);
    });

    it('reports too many intervals', () => {
      const intervals = Array.from({ length: MAX_WORKING_INTERVALS + 1 }, () => ({ day: 'mon', start: '09:00', end: '10:00' }));

      const issues = validateWorkingHours(raw({ timeZone: 'UTC', intervals }), '');

      expect(issues.map((i) => [i.code, i.path])).toEqual([['LIMIT_EXCEEDED', 'intervals']]);
    });
  });
});
