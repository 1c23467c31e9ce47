import { appendPage } from './append-page';

const edge = (id: string) => ({ cursor: `c-${id}`, node: { id } });

describe('appendPage', () => {
  describe('when the next page arrives', () => {
    it('appends its entries and takes its page info', () => {
      const shown = { edges: [edge('a'), edge('b')], pageInfo: { hasNextPage: true, endCursor: 'c-b' } };
      const next = { edges: [edge('c')], pageInfo: { hasNextPage: false, endCursor: 'c-c' } };
      expect(appendPage(shown, next)).toEqual({ edges: [edge('a'), edge('b'), edge('c')], pageInfo: { hasNextPage: false, endCursor: 'c-c' } });
    });

    it('keeps an entry both pages hold once', () => {
      const shown = { edges: [edge('a'), edge('b')], pageInfo: { hasNextPage: true, endCursor: 'c-b' } };
      const next = { edges: [edge('b'), edge('c')], pageInfo: { hasNextPage: true, endCursor: 'c-c' } };
      expect(appendPage(shown, next).edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c']);
    });
  });
});
