import { parseRuleSet, type Issue } from '@handoff/domain';
import fc from 'fast-check';
import { findPath, type RuleGroupTypeAny, type RuleType } from 'react-querybuilder';
import { indexDomainPaths, locateInBuilder } from './builder-paths';
import { fromBuilder, toBuilder } from './condition-adapter';
import type { DraftNode } from './draft-types';

const leaf = (value: string): DraftNode => ({ field: 'conversation.messageText', operator: 'contains', value });
const nodeArbitrary: fc.Arbitrary<DraftNode> = fc.letrec<{ node: DraftNode }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'node' },
    { weight: 3, arbitrary: fc.string({ maxLength: 3 }).map(leaf) },
    { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 3 }).map((all): DraftNode => ({ all })) },
    { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 3 }).map((any): DraftNode => ({ any })) },
    { weight: 1, arbitrary: tie('node').map((not): DraftNode => ({ not })) },
  ),
})).node;

/** Every sub-node of a tree with its domain path, as parseRuleSet would name it. */
function subNodes(node: DraftNode, path = ''): [string, DraftNode][] {
  const at = (p: string) => (path === '' ? p : `${path}.${p}`);
  if ('all' in node) return [[path, node], ...node.all.flatMap((child, i) => subNodes(child, `${at('all')}[${i}]`))];
  if ('any' in node) return [[path, node], ...node.any.flatMap((child, i) => subNodes(child, `${at('any')}[${i}]`))];
  if ('not' in node) return [[path, node], ...subNodes(node.not, at('not'))];
  return [[path, node]];
}

const readItem = (item: RuleType | RuleGroupTypeAny): DraftNode => ('rules' in item ? fromBuilder(item) : fromBuilder({ combinator: 'and', wrapper: true, rules: [item] } as RuleGroupTypeAny));

describe('builder paths', () => {
  describe('when locating any sub-node of any tree', () => {
    it('finds the builder item that reads back as that node (or as its negation, for the body of a negated group)', () => {
      fc.assert(
        fc.property(nodeArbitrary, (node) => {
          const query = toBuilder(node);
          const index = indexDomainPaths(query);
          for (const [domainPath, sub] of subNodes(node)) {
            const { path, rest } = locateInBuilder(index, domainPath);
            const item = findPath(path, query);
            expect(rest).toBe('');
            expect(item).toBeDefined();
            expect([sub, { not: sub }]).toContainEqual(readItem(item as RuleType));
          }
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('when placing parseRuleSet issues', () => {
    const when: DraftNode = {
      all: [
        { field: 'conversation.channel', operator: 'equals', value: 'email' },
        { any: [leaf('refund'), { field: 'ticket.priority', operator: 'equals', value: 'soon' }] },
        { not: { field: 'contact.tier', operator: 'in', value: [] } },
      ],
    };
    const issues = (): Issue[] => {
      const parsed = parseRuleSet({ formatVersion: 1, hitPolicy: 'firstMatch', rules: [{ id: 'r', name: 'R', enabled: true, when, then: [] }], fallback: [] });
      return parsed.ok ? [] : parsed.error;
    };
    const place = (issue: Issue | undefined) => locateInBuilder(indexDomainPaths(toBuilder(when)), (issue?.path ?? '').replace(/^rules\[0\]\.when\.?/, ''));

    it('puts a value issue on the condition inside the nested group', () => {
      const invalid = issues().find((i) => i.code === 'INVALID_VALUE');
      expect(invalid?.path).toBe('rules[0].when.all[1].any[1].value');
      expect(place(invalid)).toEqual({ path: [1, 1], rest: 'value' });
    });

    it('puts an issue under a negated condition on that condition, not on its wrapper', () => {
      const empty = issues().find((i) => i.code === 'EMPTY_LIST');
      expect(place(empty)).toEqual({ path: [2, 0], rest: 'value' });
    });

    it('puts an empty group issue on the group', () => {
      const index = indexDomainPaths(toBuilder({ all: [leaf('a'), { any: [] }] }));
      expect(locateInBuilder(index, 'all[1].any')).toEqual({ path: [1], rest: 'any' });
    });

    it('puts an issue on a bare root condition on that condition', () => {
      expect(locateInBuilder(indexDomainPaths(toBuilder(leaf('a'))), 'value')).toEqual({ path: [0], rest: 'value' });
    });
  });
});
