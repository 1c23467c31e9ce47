import { localTime, summariseWorkingHours } from './format-working-hours';

const zone = 'Europe/Helsinki';
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '09:00', end: '17:00' }));

describe('summariseWorkingHours', () => {
  it.each([
    ['no hours set', null, 'Always working'],
    ['an empty week', { timeZone: zone, intervals: [] }, 'No working hours'],
    ['a plain working week', { timeZone: zone, intervals: weekdays }, 'Mon–Fri 09:00–17:00'],
    [
      'a week with a different Saturday',
      { timeZone: zone, intervals: [...weekdays, { day: 'sat', start: '10:00', end: '14:00' }] },
      'Mon–Fri 09:00–17:00; Sat 10:00–14:00',
    ],
    [
      'a split day among ordinary ones, listed out of order',
      {
        timeZone: zone,
        intervals: [
          { day: 'tue', start: '13:00', end: '17:00' },
          { day: 'mon', start: '09:00', end: '17:00' },
          { day: 'tue', start: '08:00', end: '12:00' },
          { day: 'wed', start: '09:00', end: '17:00' },
        ],
      },
      'Mon 09:00–17:00; Tue 08:00–12:00, 13:00–17:00; Wed 09:00–17:00',
    ],
    ['days that are not next to each other', { timeZone: zone, intervals: [weekdays[0], weekdays[2]] }, 'Mon 09:00–17:00; Wed 09:00–17:00'],
    ['a night shift', { timeZone: zone, intervals: [{ day: 'sun', start: '22:00', end: '06:00' }] }, 'Sun 22:00–06:00 (+1 day)'],
  ])('when %s, reads "%s"', (_name, hours, expected) => {
    expect(summariseWorkingHours(hours as Parameters<typeof summariseWorkingHours>[0])).toBe(expected);
  });
});

describe('localTime', () => {
  const now = Date.parse('2026-11-24T00:30:00.000Z');

  it('shows the weekday and time in the person’s zone', () => {
    expect(localTime('Europe/Helsinki', now)).toBe('Tue 02:30');
    expect(localTime('America/New_York', now)).toBe('Mon 19:30');
  });

  it('gives null for a zone the browser does not know', () => {
    expect(localTime('Mars/Olympus', now)).toBeNull();
  });
});
