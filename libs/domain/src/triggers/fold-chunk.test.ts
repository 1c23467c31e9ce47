import { chunkEnd, foldAccentsOneToOne, foldChunk, foldUnit, NOT_ONE_UNIT } from './fold-chunk';

describe('foldAccentsOneToOne', () => {
  describe('when every unit folds to one unit', () => {
    it.each([
      ['pääsy', 'paasy'],
      ['café crème', 'cafe creme'],
      ['возвращай', 'возвращаи'],
      ['refund', 'refund'],
      ['退款', '退款'],
    ])('folds %j to %j', (text, expected) => {
      expect(foldAccentsOneToOne(text)).toBe(expected);
    });

    it('folds long texts too', () => {
      expect(foldAccentsOneToOne('é'.repeat(5000))).toBe('e'.repeat(5000));
    });
  });

  describe('when some unit does not', () => {
    it.each([['x\u0301'], ['ok 😀'], ['\u0301']])('gives up on %j', (text) => {
      expect(foldAccentsOneToOne(text)).toBeNull();
    });
  });
});

describe('foldUnit', () => {
  it.each([
    ['A', false, 'a'],
    ['É', false, 'é'],
    ['É', true, 'e'],
    ['Ｒ', true, 'r'],
  ])('folds %j (accents folded: %s) to %j', (unit, ignoreAccents, expected) => {
    expect(foldUnit(unit.charCodeAt(0), ignoreAccents)).toBe(expected.charCodeAt(0));
  });

  it.each([['ß'], ['ﬁ'], ['\u0301']])('reports %j (accents folded) as not one unit', (unit) => {
    expect(foldUnit(unit.charCodeAt(0), true)).toBe(NOT_ONE_UNIT);
  });
});

describe('foldChunk', () => {
  it.each([
    ['e\u0301', false, 'é'],
    ['E\u0301', true, 'e'],
    ['ẞ', false, 'ss'],
  ])('folds %j (accents folded: %s) to %j', (chunk, ignoreAccents, expected) => {
    expect(foldChunk(chunk, ignoreAccents)).toBe(expected);
  });
});

describe('chunkEnd', () => {
  it.each([
    ['e\u0301\u0323x', 0, 3],
    ['😀x', 0, 2],
    ['\u1100\u1161\u11a8x', 0, 3],
    ['a\u{1d167}b', 0, 3],
    ['\ud83d\ud83d', 0, 1],
  ])('ends the chunk of %j at %i at %i', (text, start, expected) => {
    expect(chunkEnd(text, start)).toBe(expected);
  });
});
