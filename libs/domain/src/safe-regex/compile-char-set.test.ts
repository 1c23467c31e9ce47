import { compileCharSet } from './compile-char-set';
import type { CharSet } from './regex-ast';

const set = (overrides: Partial<CharSet>): CharSet => ({ ranges: [], properties: [], negated: false, ignoreCase: false, ...overrides });

describe('compileCharSet', () => {
  describe('when the set is plain ranges', () => {
    it.each([
      [set({ ranges: [0x61, 0x61] }), 'a', true],
      [set({ ranges: [0x61, 0x61] }), 'b', false],
      [set({ ranges: [0x61, 0x61], negated: true }), 'a', false],
      [set({ ranges: [0x61, 0x7a], negated: true }), 'Ä', true],
    ])('answers %# for %s', (charSet, char, expected) => {
      expect(compileCharSet(charSet)(char.codePointAt(0) as number)).toBe(expected);
    });
  });

  describe('when the set uses properties or ignores case', () => {
    it.each([
      [set({ properties: [/\p{L}/u] }), 'ж', true],
      [set({ properties: [/\p{L}/u] }), '1', false],
      [set({ ranges: [0x30, 0x39], properties: [/\p{L}/u] }), '1', true],
      [set({ ranges: [0x61, 0x61], ignoreCase: true }), 'A', true],
      [set({ ranges: [0x61, 0x61], ignoreCase: true, negated: true }), 'A', false],
      [set({ properties: [/\p{Lu}/u], ignoreCase: true }), 'a', true],
    ])('answers %# for %s', (charSet, char, expected) => {
      expect(compileCharSet(charSet)(char.codePointAt(0) as number)).toBe(expected);
    });
  });

  describe('when the same set is compiled twice', () => {
    it('returns the same predicate', () => {
      const charSet = set({ ranges: [0x61, 0x7a] });

      expect(compileCharSet(charSet)).toBe(compileCharSet(charSet));
    });
  });

  describe('when more code points are asked about than the memo holds', () => {
    it('agrees with the native property on every one', () => {
      const letters = compileCharSet(set({ properties: [/\p{L}/u] }));
      const codePoints = Array.from({ length: 6_000 }, (_, i) => 0x400 + i);

      const mismatches = codePoints.filter((cp) => letters(cp) !== /\p{L}/u.test(String.fromCodePoint(cp)));

      expect(mismatches).toEqual([]);
    });
  });
});
