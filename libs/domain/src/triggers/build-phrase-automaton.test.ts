import fc from 'fast-check';
import { buildPhraseAutomaton } from './build-phrase-automaton';

type Hit = readonly [pattern: number, end: number];

const scanAll = (patterns: readonly string[], text: string): Hit[] => {
  const hits: Hit[] = [];
  buildPhraseAutomaton(patterns).scan(text, (pattern, end) => {
    hits.push([pattern, end]);
    return false;
  });
  return hits;
};

/** Every occurrence by indexOf, deduplicated patterns reporting under their first index. */
const naiveHits = (patterns: readonly string[], text: string): Hit[] => {
  const hits: Hit[] = [];
  patterns.forEach((pattern, index) => {
    if (patterns.indexOf(pattern) !== index) return;
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) hits.push([index, at + pattern.length]);
  });
  return hits;
};

const byEndThenLongest = (patterns: readonly string[]) => (a: Hit, b: Hit) =>
  a[1] - b[1] || (patterns[b[0]]?.length ?? 0) - (patterns[a[0]]?.length ?? 0);

describe('buildPhraseAutomaton', () => {
  describe('when patterns overlap and nest', () => {
    it('reports every occurrence by end, longest first', () => {
      const patterns = ['he', 'she', 'his', 'hers'];

      const hits = scanAll(patterns, 'ushers');

      expect(hits).toEqual([[1, 4], [0, 4], [3, 6]]);
    });

    it('finds repeated and self-overlapping occurrences', () => {
      expect(scanAll(['aa', 'a'], 'aaa')).toEqual([[1, 1], [0, 2], [1, 2], [0, 3], [1, 3]]);
    });

    it('reports a pattern given twice under its first index', () => {
      expect(scanAll(['ab', 'ab'], 'ab')).toEqual([[0, 2]]);
    });
  });

  describe('when a node has many children', () => {
    it('finds every pattern through the binary-searched edges', () => {
      const patterns = Array.from({ length: 40 }, (_, i) => `x${String.fromCharCode(0x4e00 + i * 7)}`);
      const text = patterns.slice().reverse().join('-');

      const hits = scanAll(patterns, text);

      expect(hits.map(([p]) => p).sort((a, b) => a - b)).toEqual(patterns.map((_, i) => i));
      expect(scanAll(patterns, 'x\u4e01')).toEqual([]);
    });
  });

  describe('when there are no patterns', () => {
    it('finds nothing', () => {
      expect(scanAll([], 'anything')).toEqual([]);
    });
  });

  describe('when the callback asks to stop', () => {
    it('stops at the first hit', () => {
      const seen: number[] = [];

      buildPhraseAutomaton(['b', 'c']).scan('abcabc', (pattern) => {
        seen.push(pattern);
        return true;
      });

      expect(seen).toEqual([0]);
    });
  });

  describe('when compared with indexOf', () => {
    const alphabet = fc.constantFrom('a', 'b', 'ä', 'ж', '退', '\ud83d', '\ude00', ' ');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''));

    it('finds exactly the same occurrences', () => {
      fc.assert(
        fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.array(alphabet, { maxLength: 40 }), (patterns, chars) => {
          const text = chars.join('');
          const order = byEndThenLongest(patterns);

          expect(scanAll(patterns, text).sort(order)).toEqual(naiveHits(patterns, text).sort(order));
        }),
      );
    });
  });
});
