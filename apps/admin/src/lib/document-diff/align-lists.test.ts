import { alignById, commonPairs, hasUniqueIds } from './align-lists';

const items = (...ids: string[]) => ids.map((id) => ({ id }));

describe('alignById', () => {
  describe('when items are reordered', () => {
    it.each([
      ['the last moved to the top', ['a', 'b', 'c'], ['c', 'a', 'b'], ['c']],
      ['the first moved to the end', ['a', 'b', 'c'], ['b', 'c', 'a'], ['a']],
      ['two swapped (the one now first moved up)', ['a', 'b'], ['b', 'a'], ['b']],
      ['nothing moved', ['a', 'b', 'c'], ['a', 'b', 'c'], []],
      ['reversed (all but one moved)', ['a', 'b', 'c'], ['c', 'b', 'a'], ['c', 'b']],
    ])('marks as moved only the items outside the longest kept order: %s', (_, before, after, moved) => {
      const { kept } = alignById(items(...before), items(...after));
      expect(kept.filter((k) => k.moved).map((k) => k.id)).toEqual(moved);
    });
  });

  describe('when items come and go', () => {
    it('gives old indices of removed items and new indices of added ones', () => {
      const result = alignById(items('a', 'b', 'c'), items('x', 'a', 'c'));
      expect(result.removed).toEqual([1]);
      expect(result.added).toEqual([0]);
      expect(result.kept).toEqual([
        { id: 'a', from: 0, to: 1, moved: false },
        { id: 'c', from: 2, to: 2, moved: false },
      ]);
    });
  });
});

describe('hasUniqueIds', () => {
  it.each([
    [items('a', 'b'), true],
    [[], true],
    [items('a', 'a'), false],
    [[{ id: 1 }], false],
    [['a'], false],
  ])('tells whether %j can be followed by id', (list, expected) => {
    expect(hasUniqueIds(list)).toBe(expected);
  });
});

describe('commonPairs', () => {
  it('finds one longest common subsequence, in order', () => {
    expect(commonPairs([...'abcbdab'], [...'bdcaba'], (x, y) => x === y)).toHaveLength(4);
    expect(commonPairs(['a', 'x', 'c'], ['a', 'c'], (x, y) => x === y)).toEqual([
      [0, 0],
      [2, 1],
    ]);
  });

  it('finds nothing in common with an empty list', () => {
    expect(commonPairs([], ['a'], (x, y) => x === y)).toEqual([]);
  });
});
