import { buildTraceTree, flattenTraceTree, type TraceNode } from './build-trace-tree';

const group = (path: string, combinator: string, result = true): TraceNode => ({ path, kind: 'group', combinator, field: null, operator: null, expected: null, actual: null, result });
const condition = (path: string, result = true): TraceNode => ({ path, kind: 'condition', combinator: null, field: 'ticket.subject', operator: 'contains', expected: 'x', actual: 'x', result });

const paths = (rows: { node: TraceNode; depth: number }[]) => rows.map((r) => `${r.depth}:${r.node.path}`);

describe('buildTraceTree', () => {
  describe('when the rule is a single condition', () => {
    it('returns one root at depth 0', () => {
      const tree = buildTraceTree([condition('rules[1].when')]);

      expect(tree).toHaveLength(1);
      expect(tree[0]).toMatchObject({ depth: 0, children: [] });
    });
  });

  describe('when groups nest', () => {
    it('places every node under the nearest node whose path contains it', () => {
      const nodes = [
        group('rules[0].when', 'all'),
        condition('rules[0].when.all[0]'),
        group('rules[0].when.all[1]', 'any'),
        condition('rules[0].when.all[1].any[0]', false),
        condition('rules[0].when.all[1].any[1]'),
      ];

      const tree = buildTraceTree(nodes);

      expect(tree).toHaveLength(1);
      expect(tree[0]?.children.map((c) => c.node.path)).toEqual(['rules[0].when.all[0]', 'rules[0].when.all[1]']);
      expect(tree[0]?.children[1]?.children.map((c) => [c.node.path, c.depth])).toEqual([
        ['rules[0].when.all[1].any[0]', 2],
        ['rules[0].when.all[1].any[1]', 2],
      ]);
    });

    it('puts a negated condition under its not group', () => {
      const tree = buildTraceTree([group('rules[0].when', 'not', false), condition('rules[0].when.not')]);

      expect(tree[0]?.children[0]).toMatchObject({ depth: 1, node: { path: 'rules[0].when.not' } });
    });
  });

  describe('when indexes share a prefix', () => {
    it('does not take all[1] for the parent of all[10]', () => {
      const nodes = [group('rules[0].when', 'any'), group('rules[0].when.any[1]', 'all'), condition('rules[0].when.any[10]')];

      const tree = buildTraceTree(nodes);

      expect(tree[0]?.children.map((c) => c.node.path)).toEqual(['rules[0].when.any[1]', 'rules[0].when.any[10]']);
    });
  });

  describe('when the trace arrives out of pre-order', () => {
    it('still nests a child listed after a sibling group', () => {
      const nodes = [group('rules[0].when', 'all'), group('rules[0].when.all[0]', 'any'), condition('rules[0].when.all[1]'), condition('rules[0].when.all[0].any[0]')];

      const rows = flattenTraceTree(buildTraceTree(nodes));

      expect(paths(rows)).toEqual(['0:rules[0].when', '1:rules[0].when.all[0]', '2:rules[0].when.all[0].any[0]', '1:rules[0].when.all[1]']);
    });
  });

  describe('when the trace is empty (a rule not evaluated)', () => {
    it('returns no rows', () => {
      expect(flattenTraceTree(buildTraceTree([]))).toEqual([]);
    });
  });
});

describe('flattenTraceTree', () => {
  describe('when given a nested tree', () => {
    it('lists parents before their children with their depth', () => {
      const nodes = [group('rules[2].when', 'all'), group('rules[2].when.all[0]', 'not'), condition('rules[2].when.all[0].not'), condition('rules[2].when.all[1]')];

      const rows = flattenTraceTree(buildTraceTree(nodes));

      expect(paths(rows)).toEqual(['0:rules[2].when', '1:rules[2].when.all[0]', '2:rules[2].when.all[0].not', '1:rules[2].when.all[1]']);
    });
  });
});
