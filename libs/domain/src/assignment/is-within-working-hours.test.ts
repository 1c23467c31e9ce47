import type { WorkingHours, WorkingInterval } from './availability';
import { isWithinWorkingHours } from './is-within-working-hours';

const hours = (timeZone: string, ...intervals: WorkingInterval[]): WorkingHours => ({ timeZone, intervals });
const at = (iso: string): number => Date.parse(iso);
const weekdays = (start: string, end: string): WorkingInterval[] =>
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start, end }));

describe('isWithinWorkingHours', () => {
  describe('when there are no working hours', () => {
    it('treats the person as always working', () => {
      expect(isWithinWorkingHours(null, at('2024-06-01T03:00:00Z'))).toBe(true);
    });
  });

  describe('when an interval lies within one day', () => {
    const nineToFive = hours('UTC', ...weekdays('09:00', '17:00'));

    it.each([
      ['the start minute (inclusive)', '2024-06-03T09:00:00Z', true],
      ['the middle', '2024-06-05T12:30:00Z', true],
      ['the last minute', '2024-06-07T16:59:59Z', true],
      ['the end minute (exclusive)', '2024-06-03T17:00:00Z', false],
      ['just before the start', '2024-06-03T08:59:59Z', false],
      ['a day without intervals (saturday)', '2024-06-08T12:00:00Z', false],
    ])('at %s says %s', (_label, iso, expected) => {
      expect(isWithinWorkingHours(nineToFive, at(iso))).toBe(expected);
    });
  });

  describe('when an interval wraps past midnight', () => {
    const nights = hours('UTC', { day: 'mon', start: '22:00', end: '06:00' }, { day: 'sun', start: '23:00', end: '01:00' });

    it.each([
      ['monday 22:00', '2024-06-03T22:00:00Z', true],
      ['tuesday 05:59', '2024-06-04T05:59:00Z', true],
      ['tuesday 06:00', '2024-06-04T06:00:00Z', false],
      ['monday 05:00 (belongs to sunday night, which ends at 01:00)', '2024-06-03T05:00:00Z', false],
      ['monday 00:30 (sunday night wrapping into monday)', '2024-06-03T00:30:00Z', true],
      ['tuesday 22:30 (no tuesday interval)', '2024-06-04T22:30:00Z', false],
    ])('at %s says %s', (_label, iso, expected) => {
      expect(isWithinWorkingHours(nights, at(iso))).toBe(expected);
    });

    it('reads an interval ending where it starts as a full 24 hours', () => {
      const fullDay = hours('UTC', { day: 'wed', start: '09:00', end: '09:00' });

      const inside = [at('2024-06-05T09:00:00Z'), at('2024-06-06T08:59:00Z')].map((t) => isWithinWorkingHours(fullDay, t));
      const outside = [at('2024-06-05T08:59:00Z'), at('2024-06-06T09:00:00Z')].map((t) => isWithinWorkingHours(fullDay, t));

      expect(inside).toEqual([true, true]);
      expect(outside).toEqual([false, false]);
    });
  });

  describe('when the time zone changes to or from daylight saving time', () => {
    // Helsinki: EET (+2) until 2024-03-31 01:00 UTC, EEST (+3) after; back on 2024-10-27 01:00 UTC.
    // New York: EST (-5) until 2024-03-10 07:00 UTC, EDT (-4) after; back on 2024-11-03 06:00 UTC.
    const helsinki = hours('Europe/Helsinki', ...weekdays('09:00', '17:00'));
    const newYork = hours('America/New_York', ...weekdays('09:00', '17:00'));

    it.each([
      ['Helsinki, friday before the change, 07:30 UTC = 09:30 EET', helsinki, '2024-03-29T07:30:00Z', true],
      ['Helsinki, monday after the change, 06:30 UTC = 09:30 EEST', helsinki, '2024-04-01T06:30:00Z', true],
      ['Helsinki, monday after the change, 05:30 UTC = 08:30 EEST', helsinki, '2024-04-01T05:30:00Z', false],
      ['Helsinki, monday after the change, 14:30 UTC = 17:30 EEST', helsinki, '2024-04-01T14:30:00Z', false],
      ['Helsinki, monday after autumn change, 07:30 UTC = 09:30 EET', helsinki, '2024-10-28T07:30:00Z', true],
      ['Helsinki, monday after autumn change, 06:30 UTC = 08:30 EET', helsinki, '2024-10-28T06:30:00Z', false],
      ['New York, friday before the change, 13:30 UTC = 08:30 EST', newYork, '2024-03-08T13:30:00Z', false],
      ['New York, monday after the change, 13:30 UTC = 09:30 EDT', newYork, '2024-03-11T13:30:00Z', true],
      ['New York, monday after the change, 21:30 UTC = 17:30 EDT', newYork, '2024-03-11T21:30:00Z', false],
      ['New York, monday after autumn change, 14:00 UTC = 09:00 EST', newYork, '2024-11-04T14:00:00Z', true],
      ['New York, monday after autumn change, 13:59 UTC = 08:59 EST', newYork, '2024-11-04T13:59:00Z', false],
    ])('%s says %s', (_label, workingHours, iso, expected) => {
      expect(isWithinWorkingHours(workingHours, at(iso))).toBe(expected);
    });

    it('reads the weekday on the local clock, not in UTC', () => {
      // 2024-06-02T22:30Z is sunday in UTC but monday 01:30 in Helsinki.
      const earlyMonday = hours('Europe/Helsinki', { day: 'mon', start: '01:00', end: '02:00' });

      expect(isWithinWorkingHours(earlyMonday, at('2024-06-02T22:30:00Z'))).toBe(true);
    });
  });

  describe('when the stored hours are invalid', () => {
    it.each([
      ['an unknown time zone', hours('Mars/Olympus_Mons', { day: 'mon', start: '00:00', end: '00:00' })],
      ['a malformed start', hours('UTC', { day: 'mon', start: '9:00', end: '17:00' })],
      ['a malformed end', hours('UTC', { day: 'mon', start: '09:00', end: '25:00' })],
    ])('fails closed on %s', (_label, workingHours) => {
      expect(isWithinWorkingHours(workingHours, at('2024-06-03T12:00:00Z'))).toBe(false);
    });
  });
});
