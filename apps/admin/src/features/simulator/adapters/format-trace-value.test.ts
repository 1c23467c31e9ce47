import dayjs from 'dayjs';
import { formatExpectedValue, formatTraceValue } from './format-trace-value';

describe('formatTraceValue', () => {
  describe('when the value is absent', () => {
    it.each([null, undefined])('reads %p as not set, marked missing', (value) => {
      expect(formatTraceValue(value)).toEqual({ text: 'not set', missing: true });
    });
  });

  describe('when the value is present', () => {
    it.each<[unknown, string]>([
      ['email', '“email”'],
      ['', '“”'],
      [42, '42'],
      [0, '0'],
      [true, 'yes'],
      [false, 'no'],
      [['refund', 'palautus'], '“refund”, “palautus”'],
      [[], 'none (empty list)'],
      [{ plan: 'pro' }, '{"plan":"pro"}'],
    ])('formats %p as %p', (value, text) => {
      expect(formatTraceValue(value)).toEqual({ text, missing: false });
    });
  });

  describe('when the field is a datetime', () => {
    it('formats ISO strings and epoch milliseconds as the same local date', () => {
      const iso = '2026-03-01T09:30:00.000Z';
      const expected = dayjs(iso).format('D MMM YYYY, HH:mm');

      expect(formatTraceValue(iso, 'datetime').text).toBe(expected);
      expect(formatTraceValue(Date.parse(iso), 'datetime').text).toBe(expected);
    });

    it('shows an unreadable date as it came', () => {
      expect(formatTraceValue('soon', 'datetime').text).toBe('soon');
    });
  });
});

describe('formatExpectedValue', () => {
  describe('when the operator takes no value', () => {
    it.each(['isSet', 'isNotSet'])('shows a dash for %s', (operator) => {
      expect(formatExpectedValue(null, operator)).toEqual({ text: '—', missing: true });
    });
  });

  describe('when the operator takes a range', () => {
    it('joins the bounds with "and"', () => {
      expect(formatExpectedValue([1, 5], 'between').text).toBe('1 and 5');
    });
  });

  describe('when the operator takes a pattern', () => {
    it('shows it between slashes', () => {
      expect(formatExpectedValue('^re(fund)?', 'matches').text).toBe('/^re(fund)?/');
    });
  });

  describe('when the operator takes a list', () => {
    it('quotes each item', () => {
      expect(formatExpectedValue(['fi', 'sv'], 'in').text).toBe('“fi”, “sv”');
    });
  });
});
