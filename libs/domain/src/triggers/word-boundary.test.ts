import { findWordEnd, isBoundaryAfter, isBoundaryBefore, isUnspacedWordCodePoint, isWordCodePoint, needsBoundary } from './word-boundary';

const cp = (char: string): number => char.codePointAt(0) ?? -1;

describe('isWordCodePoint', () => {
  describe('when given characters of any script', () => {
    it.each([
      ['a', true], ['ä', true], ['ж', true], ['σ', true], ['7', true], ['٣', true], ['\u0301', true], ['_', true],
      ['退', true], ['ก', true], ['𝒜', true], [' ', false], ['!', false], ['-', false], ['😀', false], ['，', false],
    ])('classifies %j as word: %s', (char, expected) => {
      expect(isWordCodePoint(cp(char))).toBe(expected);
    });
  });
});

describe('isUnspacedWordCodePoint', () => {
  describe('when given characters of scripts with and without spaces', () => {
    it.each([
      ['退', true], ['ひ', true], ['カ', true], ['ー', true], ['ก', true], ['ລ', true], ['ក', true], ['က', true],
      ['a', false], ['한', false], ['ж', false], ['。', false],
    ])('classifies %j as unspaced: %s', (char, expected) => {
      expect(isUnspacedWordCodePoint(cp(char))).toBe(expected);
    });
  });
});

describe('needsBoundary', () => {
  it.each([
    ['r', true], ['ö', true], ['1', true], ['退', false], ['!', false], ['😀', false],
  ])('says %j needs a boundary: %s', (char, expected) => {
    expect(needsBoundary(cp(char))).toBe(expected);
  });
});

describe('isBoundaryBefore', () => {
  describe('when looking at the character before an index', () => {
    it.each([
      ['refund', 0, true],
      ['a refund', 2, true],
      ['(refund', 1, true],
      ['prefund', 1, false],
      ['ärefund', 1, false],
      ['_refund', 1, false],
      ['我要refund', 2, true],
      ['😀refund', 2, true],
      ['𝒜refund', 2, false],
      ['\udc00refund', 1, true],
      ['x\udc00refund', 2, true],
      ['，refund', 1, true],
    ])('in %j at %i says %s', (text, index, expected) => {
      expect(isBoundaryBefore(text, index)).toBe(expected);
    });
  });
});

describe('isBoundaryAfter', () => {
  describe('when looking at the character at an index', () => {
    it.each([
      ['refund', 6, true],
      ['refund!', 6, true],
      ['refunds', 6, false],
      ['refund\u0301', 6, false],
      ['refund请', 6, true],
      ['refund𝒜', 6, false],
    ])('in %j at %i says %s', (text, index, expected) => {
      expect(isBoundaryAfter(text, index)).toBe(expected);
    });
  });
});

describe('findWordEnd', () => {
  describe('when a word goes on', () => {
    it.each([
      ['peruutukset ok', 7, 11],
      ['peruutu', 7, 7],
      ['refun𝒜𝒜 x', 5, 9],
      ['refun退款', 5, 5],
      ['refun, x', 5, 5],
    ])('in %j from %i ends at %i', (text, index, expected) => {
      expect(findWordEnd(text, index)).toBe(expected);
    });
  });
});
