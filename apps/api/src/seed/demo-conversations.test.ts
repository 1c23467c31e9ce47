import { demoDay, demoMoment } from './demo-conversations';

describe('demoDay', () => {
  describe.each([
    ['a Tuesday morning', '2026-11-24T08:30:00Z', '2026-11-23T00:00:00.000Z'],
    ['a Tuesday evening', '2026-11-24T18:00:00Z', '2026-11-24T00:00:00.000Z'],
    ['a Saturday', '2026-11-28T12:00:00Z', '2026-11-27T00:00:00.000Z'],
    ['a Monday morning', '2026-11-30T07:00:00Z', '2026-11-27T00:00:00.000Z'],
  ])('when it is %s', (_when, now, expected) => {
    it('picks the latest weekday whose afternoon is over', () => {
      expect(demoDay(new Date(now)).toISOString()).toBe(expected);
    });
  });
});

describe('demoMoment', () => {
  describe('when given a time of day', () => {
    it('places it on the demo day in UTC', () => {
      expect(demoMoment(new Date('2026-11-23T00:00:00Z'), '14:45').toISOString()).toBe('2026-11-23T14:45:00.000Z');
    });
  });
});
