import type { Issue } from './issue';
import { isRecord, prefixIssues, quote, readBoolean, readIdList, readOneOf, readOwn, readRecord, readRequired, readString, reportUnknownKeys } from './read-input';

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

const codes = (issues: Issue[]) => codesOf(issues);

describe('readRecord', () => {
  describe('when the input is not an object', () => {
    it.each([[null], [[]], ['text'], [3]])('reports INVALID_TYPE for %p', (input) => {
      const issues: Issue[] = [];

      const record = readRecord(input, 'a', issues, []);

      expect(record).toBeNull();
      expect(codes(issues)).toEqual([['INVALID_TYPE', 'a']]);
    });
  });

  describe('when properties are missing or unknown', () => {
    it('reports each one with its path', () => {
      const issues: Issue[] = [];

      const record = readRecord({ x: 1, extra: 2, opt: 3 }, 'root', issues, ['x', 'y'], ['opt']);

      expect(record).toEqual({ x: 1, extra: 2, opt: 3 });
      expect(codes(issues)).toEqual([
        ['MISSING_PROPERTY', 'root.y'],
        ['UNKNOWN_PROPERTY', 'root.extra'],
      ]);
    });
  });

  describe('when a required key exists only on the prototype', () => {
    it('reports it missing: inherited properties never pass for input', () => {
      const issues: Issue[] = [];

      readRecord({}, 'root', issues, ['toString', 'constructor']);

      expect(codes(issues)).toEqual([
        ['MISSING_PROPERTY', 'root.toString'],
        ['MISSING_PROPERTY', 'root.constructor'],
      ]);
    });
  });
});

describe('scalar readers', () => {
  it.each([
    ['readOneOf accepts an option', () => readOneOf('b', ['a', 'b'], 'p', []), 'b'],
    ['readBoolean accepts a boolean', () => readBoolean(false, 'p', []), false],
    ['readString accepts a string', () => readString('', 'p', []), ''],
    ['readOneOf stays silent on undefined', () => readOneOf(undefined, ['a'], 'p', []), null],
    ['readBoolean stays silent on undefined', () => readBoolean(undefined, 'p', []), null],
    ['readString stays silent on undefined', () => readString(undefined, 'p', []), null],
  ])('%s', (_label, read, expected) => {
    expect(read()).toBe(expected);
  });

  it.each([
    ['readOneOf', (issues: Issue[]) => readOneOf('c', ['a', 'b'], 'p', issues), 'INVALID_VALUE'],
    ['readBoolean', (issues: Issue[]) => readBoolean('yes', 'p', issues), 'INVALID_TYPE'],
    ['readString', (issues: Issue[]) => readString(1, 'p', issues), 'INVALID_TYPE'],
  ])('%s reports a wrong value', (_label, read, code) => {
    const issues: Issue[] = [];

    const value = read(issues);

    expect(value).toBeNull();
    expect(codes(issues)).toEqual([[code, 'p']]);
  });
});

describe('readIdList', () => {
  describe('when the list is valid', () => {
    it('returns the ids in order', () => {
      expect(readIdList(['b', 'a'], 'ids', [], 5, 3)).toEqual(['b', 'a']);
    });

    it('accepts an id of exactly the maximum length', () => {
      expect(readIdList(['abc'], 'ids', [], 5, 3)).toEqual(['abc']);
    });
  });

  describe('when the list is not usable', () => {
    it.each([
      ['not a list', 'a', 5, [['INVALID_TYPE', 'ids']]],
      ['too long', ['a', 'b', 'c'], 2, [['LIMIT_EXCEEDED', 'ids']]],
      [
        'with bad, too long and repeated ids',
        ['a', '', 7, 'abcd', 'a'],
        5,
        [
          ['INVALID_ID', 'ids[1]'],
          ['INVALID_ID', 'ids[2]'],
          ['LIMIT_EXCEEDED', 'ids[3]'],
          ['DUPLICATE_ID', 'ids[4]'],
        ],
      ],
    ])('reports a list %s', (_label, input, max, expected) => {
      const issues: Issue[] = [];

      const ids = readIdList(input, 'ids', issues, max, 3);

      expect(ids).toBeNull();
      expect(codes(issues)).toEqual(expected);
    });

    it('stays silent on undefined', () => {
      expect(readIdList(undefined, 'ids', [], 5, 3)).toBeNull();
    });
  });
});

describe('prefixIssues', () => {
  it.each([
    ['', 'assignment.ruleSet'],
    ['rules[0].when', 'assignment.ruleSet.rules[0].when'],
    ['[2].phrase', 'assignment.ruleSet[2].phrase'],
  ])('puts %p under the prefix as %p', (path, expected) => {
    const [prefixed] = prefixIssues('assignment.ruleSet', [{ code: 'INVALID_VALUE', path, message: 'm' }]);

    expect(prefixed?.path).toBe(expected);
  });
});
