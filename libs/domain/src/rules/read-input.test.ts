import type { Issue } from '../shared/issue';
import { isRecord, quote, readOwn, readRequired, reportUnknownKeys } from './read-input';

const codesOf = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.path]);

describe('isRecord', () => {
  describe('when given any value', () => {
    it.each([
      [{}, true],
      [Object.create(null) as object, true],
      [[], false],
      [null, false],
      ['x', false],
      [1, false],
    ])('tells whether %j is a JSON object (%s)', (value, expected) => {
      expect(isRecord(value)).toBe(expected);
    });
  });
});

describe('readOwn', () => {
  describe('when a key is inherited', () => {
    it('reads own properties only', () => {
      const record = Object.create({ field: 'inherited' }) as Record<string, unknown>;
      record['own'] = 1;

      const read = [readOwn(record, 'own'), readOwn(record, 'field'), readOwn(record, 'constructor')];

      expect(read).toEqual([1, undefined, undefined]);
    });
  });
});

describe('readRequired', () => {
  describe('when the property may be absent', () => {
    it.each([
      [{ a: 1 }, []],
      [{}, [['MISSING_PROPERTY', 'p.a']]],
      [{ a: undefined }, [['MISSING_PROPERTY', 'p.a']]],
    ])('reports what is missing in %j', (record, expected) => {
      const issues: Issue[] = [];

      readRequired(record, 'a', 'p', issues);

      expect(codesOf(issues)).toEqual(expected);
    });
  });
});

describe('reportUnknownKeys', () => {
  describe('when keys fall outside the allowed ones', () => {
    it('reports each at its own path, at the root too', () => {
      const issues: Issue[] = [];

      reportUnknownKeys({ a: 1, b: 2, c: 3 }, ['a'], '', issues);

      expect(codesOf(issues)).toEqual([['UNKNOWN_PROPERTY', 'b'], ['UNKNOWN_PROPERTY', 'c']]);
      expect(issues[0]?.message).toBe('unknown property "b"; expected a');
    });
  });
});

describe('quote', () => {
  describe('when quoting untrusted text', () => {
    it.each([
      ['short', '"short"'],
      ['x'.repeat(41), `"${'x'.repeat(40)}…"`],
      ['say "hi"\n', '"say \\"hi\\"\\n"'],
    ])('quotes %j as %s', (text, expected) => {
      expect(quote(text)).toBe(expected);
    });
  });
});
