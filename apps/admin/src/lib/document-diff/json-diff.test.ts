import { diffJson, type JsonChange } from './json-diff';

const rule = (id: string, name = id) => ({ id, name, enabled: true });

describe('diffJson', () => {
  describe('when the documents are equal', () => {
    it.each([
      ['scalars', 1, 1],
      ['objects in another key order', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }],
      ['an undefined key and a missing one', { a: 1, stop: undefined }, { a: 1 }],
      ['null and null', null, null],
    ])('reports nothing for %s', (_, before, after) => {
      expect(diffJson(before, after)).toEqual([]);
    });
  });

  describe('when objects differ', () => {
    it('names each added, removed and changed key by its full path', () => {
      const before = { process: 'live', messages: { teamAvailable: 'Hi', ticketUnassigned: 'Later' } };
      const after = { process: 'async', messages: { teamAvailable: 'Hi', teamUnavailable: 'Closed' } };
      expect(diffJson(before, after)).toEqual<JsonChange[]>([
        { kind: 'changed', path: ['process'], before: 'live', after: 'async' },
        { kind: 'removed', path: ['messages', 'ticketUnassigned'], before: 'Later' },
        { kind: 'added', path: ['messages', 'teamUnavailable'], after: 'Closed' },
      ]);
    });

    it('reports a value that changes type as one change at that path', () => {
      expect(diffJson({ workingHours: null }, { workingHours: { timeZone: 'UTC' } })).toEqual([{ kind: 'changed', path: ['workingHours'], before: null, after: { timeZone: 'UTC' } }]);
    });

    it('reports a whole new or dropped document at the root', () => {
      expect(diffJson(undefined, { a: 1 })).toEqual([{ kind: 'added', path: [], after: { a: 1 } }]);
      expect(diffJson({ a: 1 }, undefined)).toEqual([{ kind: 'removed', path: [], before: { a: 1 } }]);
    });
  });

  describe('when a list of objects with ids changes', () => {
    it('reports a reorder as the one item that moved, not as every shifted position', () => {
      const before = { rules: [rule('a'), rule('b'), rule('c')] };
      const after = { rules: [rule('c'), rule('a'), rule('b')] };
      expect(diffJson(before, after)).toEqual([{ kind: 'moved', path: ['rules', 0], from: 2, to: 0 }]);
    });

    it('follows an item by id, so an edit after a removal stays an edit of the same item', () => {
      const before = [rule('a'), rule('b', 'Billing')];
      const after = [rule('b', 'Billing team')];
      expect(diffJson(before, after)).toEqual([
        { kind: 'removed', path: [0], before: rule('a') },
        { kind: 'changed', path: [0, 'name'], before: 'Billing', after: 'Billing team' },
      ]);
    });

    it('reports an added item at its new index', () => {
      expect(diffJson([rule('a')], [rule('a'), rule('x')])).toEqual([{ kind: 'added', path: [1], after: rule('x') }]);
    });

    it('reports a nested change inside a moved item under its new index', () => {
      const before = [rule('a'), { ...rule('b'), when: { all: [{ field: 'f', operator: 'equals', value: 'fi' }] } }];
      const after = [{ ...rule('b'), when: { all: [{ field: 'f', operator: 'equals', value: 'sv' }] } }, rule('a')];
      expect(diffJson(before, after)).toEqual([
        { kind: 'moved', path: [0], from: 1, to: 0 },
        { kind: 'changed', path: [0, 'when', 'all', 0, 'value'], before: 'fi', after: 'sv' },
      ]);
    });
  });

  describe('when a list without ids changes', () => {
    it('keeps the common items and pairs what is left in a gap as changes', () => {
      expect(diffJson(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([{ kind: 'changed', path: [1], before: 'b', after: 'x' }]);
    });

    it('reports an insertion as one addition, not as every later item changed', () => {
      const before = [{ type: 'assignTeam', teamId: 't1' }];
      const after = [{ type: 'setPriority', priority: 'urgent' }, { type: 'assignTeam', teamId: 't1' }];
      expect(diffJson(before, after)).toEqual([{ kind: 'added', path: [0], after: { type: 'setPriority', priority: 'urgent' } }]);
    });

    it('reports items dropped from the end as removed', () => {
      expect(diffJson([1, 2, 3], [1])).toEqual([
        { kind: 'removed', path: [1], before: 2 },
        { kind: 'removed', path: [2], before: 3 },
      ]);
    });

    it('treats a list with repeated ids as a plain sequence', () => {
      expect(diffJson([rule('a'), rule('a')], [rule('a')])).toEqual([{ kind: 'removed', path: [1], before: rule('a') }]);
    });
  });
});
