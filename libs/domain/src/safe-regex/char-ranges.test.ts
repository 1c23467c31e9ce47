import fc from 'fast-check';
import { complementRanges, MAX_CODE_POINT, normalizeRanges, posixClassRanges, rangesInclude } from './char-ranges';

const genPairs = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 40 })), { maxLength: 8 })
  .map((spans) => spans.flatMap(([lo, width]) => [lo, lo + width]));

const naiveIncludes = (pairs: readonly number[], cp: number): boolean =>
  pairs.some((lo, i) => i % 2 === 0 && cp >= lo && cp <= (pairs[i + 1] ?? -1));

describe('normalizeRanges', () => {
  describe('when ranges overlap or touch', () => {
    it.each([
      [[5, 9, 0, 3], [0, 3, 5, 9]],
      [[0, 3, 4, 9], [0, 9]],
      [[0, 5, 2, 3], [0, 5]],
      [[10, 20, 15, 30, 31, 31], [10, 31]],
      [[], []],
    ])('turns %j into %j', (pairs, expected) => {
      expect(normalizeRanges(pairs)).toEqual(expected);
    });
  });

  it('keeps exactly the same code points, sorted and disjoint', () => {
    fc.assert(
      fc.property(genPairs, fc.integer({ min: 0, max: 400 }), (pairs, cp) => {
        const normal = normalizeRanges(pairs);

        expect(rangesInclude(normal, cp)).toBe(naiveIncludes(pairs, cp));
        // lo ≤ hi within a pair, and a gap of at least one code point before the next pair.
        normal.forEach((value, i) => i > 0 && expect(value).toBeGreaterThanOrEqual((normal[i - 1] ?? 0) + (i % 2 === 0 ? 2 : 0)));
      }),
    );
  });
});

describe('complementRanges', () => {
  describe('when complementing', () => {
    it.each([
      [[], [0, MAX_CODE_POINT]],
      [[0, MAX_CODE_POINT], []],
      [[0, 9], [10, MAX_CODE_POINT]],
      [[5, 9, 20, MAX_CODE_POINT], [0, 4, 10, 19]],
    ])('turns %j into %j', (ranges, expected) => {
      expect(complementRanges(ranges)).toEqual(expected);
    });
  });

  it('is its own inverse and splits every code point', () => {
    fc.assert(
      fc.property(genPairs, fc.integer({ min: 0, max: 400 }), (pairs, cp) => {
        const normal = normalizeRanges(pairs);
        const complement = complementRanges(normal);

        expect(complementRanges(complement)).toEqual(normal);
        expect(rangesInclude(complement, cp)).toBe(!rangesInclude(normal, cp));
      }),
    );
  });
});

describe('posixClassRanges', () => {
  describe('when the name is known', () => {
    it('returns its ranges', () => {
      expect(posixClassRanges('xdigit')).toEqual([0x30, 0x39, 0x41, 0x46, 0x61, 0x66]);
    });
  });

  describe('when the name is unknown or inherited', () => {
    it.each(['vowel', 'toString', 'constructor'])('returns undefined for %s', (name) => {
      expect(posixClassRanges(name)).toBeUndefined();
    });
  });
});
