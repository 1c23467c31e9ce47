import { isIsoDateTime } from './is-iso-date-time';

describe('isIsoDateTime', () => {
  describe('when the text is in the accepted format', () => {
    it.each([
      '2024-05-01',
      '2024-05-01T09:30Z',
      '2024-05-01T09:30:15Z',
      '2024-05-01T09:30:15.123Z',
      '2024-05-01T09:30:15+03:00',
      '2024-05-01T23:59:59.999-14:00',
      '2024-02-29',
      '2000-02-29',
      '2024-04-30',
      '0000-01-01',
    ])('accepts %s', (text) => {
      expect(isIsoDateTime(text)).toBe(true);
    });
  });

  describe('when the text is not', () => {
    it.each([
      ['a time without a zone, which Date.parse reads as local time', '2024-05-01T09:30:00'],
      ['a rolled-over day', '2024-02-30'],
      ['Feb 29 outside a leap year', '2023-02-29'],
      ['Feb 29 in a century year', '1900-02-29'],
      ['day 31 of a 30-day month', '2024-04-31'],
      ['day 0', '2024-05-00'],
      ['month 13', '2024-13-01'],
      ['month 0', '2024-00-10'],
      ['hour 24', '2024-05-01T24:00Z'],
      ['minute 60', '2024-05-01T10:60Z'],
      ['second 60', '2024-05-01T10:00:60Z'],
      ['offset hour 24', '2024-05-01T10:00+24:00'],
      ['offset minute 60', '2024-05-01T10:00+01:60'],
      ['microseconds', '2024-05-01T10:00:00.123456Z'],
      ['a space instead of T', '2024-05-01 10:00Z'],
      ['an expanded year', '+002024-05-01'],
      ['surrounding whitespace', ' 2024-05-01'],
      ['free text', 'yesterday'],
      ['empty text', ''],
    ])('rejects %s (%s)', (_label, text) => {
      expect(isIsoDateTime(text)).toBe(false);
    });
  });
});
