import { isValidTimeZone, nextWeekday, parseClockTime, readLocalTime } from './read-local-time';

describe('readLocalTime', () => {
  it.each([
    ['UTC', '2024-06-03T00:05:00Z', { day: 'mon', minute: 5 }],
    ['Europe/Helsinki', '2024-06-02T21:00:00Z', { day: 'mon', minute: 0 }],
    ['America/New_York', '2024-06-03T03:59:00Z', { day: 'sun', minute: 23 * 60 + 59 }],
    ['Asia/Kolkata', '2024-06-03T00:00:00Z', { day: 'mon', minute: 5 * 60 + 30 }],
  ])('reads the wall clock in %s', (zone, iso, expected) => {
    expect(readLocalTime(zone, Date.parse(iso))).toEqual(expected);
  });

  it('returns null for a zone Intl rejects, every time it is asked', () => {
    expect([readLocalTime('No/Such_Zone', 0), readLocalTime('No/Such_Zone', 0)]).toEqual([null, null]);
    expect(isValidTimeZone('No/Such_Zone')).toBe(false);
    expect(isValidTimeZone('Europe/Helsinki')).toBe(true);
  });
});

describe('parseClockTime', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
    ['24:00', null],
    ['9:30', null],
    ['09:60', null],
    [' 09:30', null],
  ])('reads %s as %s', (text, expected) => {
    expect(parseClockTime(text)).toBe(expected);
  });
});

describe('nextWeekday', () => {
  it.each([
    ['mon', 'tue'],
    ['sun', 'mon'],
  ] as const)('follows %s with %s', (day, expected) => {
    expect(nextWeekday(day)).toBe(expected);
  });
});
