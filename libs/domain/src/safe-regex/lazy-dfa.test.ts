import { compileProgram } from './compile-program';
import { LazyDfa, MAX_DFA_STATES, MAX_DFA_TRANSITIONS } from './lazy-dfa';
import { parseRegex } from './parse-regex';

// A deterministic pseudo-random a/b text (a linear congruential generator: no Math.random in the domain).
function abText(length: number, seed: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    text += state & 0x10000 ? 'a' : 'b';
  }
  return text;
}

function unanchoredDfa(pattern: string): LazyDfa {
  const parsed = parseRegex(pattern);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return new LazyDfa(compileProgram(parsed.value, 'forward'), { leftmostFirst: false, unanchored: true });
}

// Offsets (after the match) where some match of the DFA's pattern ends.
function matchEnds(dfa: LazyDfa, text: string): number[] {
  const ends: number[] = [];
  let state = dfa.startState(undefined);
  for (let i = 0; i < text.length; i += 1) {
    const transition = dfa.step(state, text.charCodeAt(i));
    if (transition.matchedBefore) ends.push(i);
    state = transition.next;
  }
  if (dfa.matchesAtEnd(state)) ends.push(text.length);
  return ends;
}

describe('LazyDfa', () => {
  describe('when the pattern has exponentially many DFA states', () => {
    // "an a, then 13 more letters" needs 2^14 states: far more than the cache may hold.
    const pattern = '(?:a|b)*a(?:a|b){13}';
    const text = abText(20_000, 7);

    it('keeps the cache within its bound', () => {
      const dfa = unanchoredDfa(pattern);

      matchEnds(dfa, text);

      expect(dfa.cachedStateCount).toBeGreaterThan(0);
      expect(dfa.cachedStateCount).toBeLessThanOrEqual(MAX_DFA_STATES);
    });

    it('reports exactly the offsets 14 letters after an a, across cache resets', () => {
      const dfa = unanchoredDfa(pattern);
      const expected = Array.from({ length: text.length + 1 }, (_, end) => end).filter((end) => text[end - 14] === 'a');

      const ends = matchEnds(dfa, text);

      expect(ends).toEqual(expected);
      expect(ends.length).toBeGreaterThan(5_000);
    });
  });

  describe('when the text holds more distinct characters than the cache may hold transitions', () => {
    it('keeps the cache within its bound and still finds the match at the end', () => {
      const dfa = unanchoredDfa('\\x{2FFFF}');
      const codePoints = Array.from({ length: 0x20000 }, (_, i) => 0x10000 + i);
      let state = dfa.startState(undefined);
      let largest = 0;

      for (const cp of codePoints) {
        state = dfa.step(state, cp).next;
        largest = Math.max(largest, dfa.cachedTransitionCount);
      }

      expect(largest).toBe(MAX_DFA_TRANSITIONS);
      expect(dfa.matchesAtEnd(state)).toBe(true);
    });
  });

  describe('when the same transition is taken again', () => {
    it('answers from the cache with the same state', () => {
      const dfa = unanchoredDfa('ab');
      const start = dfa.startState(undefined);

      const first = dfa.step(start, 0x1f600);

      expect(dfa.step(start, 0x1f600)).toBe(first);
    });
  });
});
