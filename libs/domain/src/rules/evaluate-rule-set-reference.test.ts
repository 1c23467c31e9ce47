import { compileRuleSet } from './compile-rule-set';
import { evaluateRuleSetReference, explainRuleSetReference } from './evaluate-rule-set-reference';
import type { RoutingExplanation } from './routing-decision';
import type { RoutingFacts } from './routing-facts';
import type { Action, ConditionNode, HitPolicy, Rule, RuleSet } from './rule-ast';

const team = (teamId: string): Action => ({ type: 'assignTeam', teamId });
const FALLBACK: readonly Action[] = [{ type: 'setDestination', destination: 'inbox' }];

const rule = (id: string, when: ConditionNode, extra: Partial<Rule> = {}): Rule => ({ id, name: `Rule ${id}`, enabled: true, when, then: [team(id)], ...extra });
const ruleSet = (hitPolicy: HitPolicy, rules: readonly Rule[]): RuleSet => ({ formatVersion: 1, hitPolicy, rules, fallback: FALLBACK });

const email: ConditionNode = { field: 'conversation.channel', operator: 'equals', value: 'email' };
const vip: ConditionNode = { field: 'ticket.tags', operator: 'hasAnyOf', value: ['vip'] };
const refund: ConditionNode = { field: 'ticket.subject', operator: 'contains', value: 'REFUND', ignoreCase: true };

type Explain = (set: RuleSet, facts: RoutingFacts) => RoutingExplanation;
const EVALUATORS: readonly [string, Explain][] = [
  ['the reference interpreter', (set, facts) => explainRuleSetReference(set, facts)],
  ['the compiled evaluator', (set, facts) => compileRuleSet(set).explain(facts)],
];

describe('evaluateRuleSetReference', () => {
  it('returns the decision of the explanation', () => {
    const set = ruleSet('firstMatch', [rule('a', email)]);
    const facts = { conversation: { channel: 'email' } };
    expect(evaluateRuleSetReference(set, facts)).toEqual(explainRuleSetReference(set, facts).decision);
  });
});

describe.each(EVALUATORS)('%s', (_, explain) => {
  describe('when the hit policy is firstMatch', () => {
    const set = ruleSet('firstMatch', [rule('off', email, { enabled: false }), rule('a', vip), rule('b', email), rule('c', email)]);

    it('takes the first enabled matching rule and leaves later rules notReached', () => {
      const result = explain(set, { conversation: { channel: 'email' } });

      expect(result.decision).toEqual({ matchedRuleIds: ['b'], actions: [team('b')], usedFallback: false });
      expect(result.rules.map((r) => r.status)).toEqual(['disabled', 'notMatched', 'matched', 'notReached']);
    });

    it('uses the fallback when nothing matches', () => {
      const result = explain(set, {});

      expect(result.decision).toEqual({ matchedRuleIds: [], actions: FALLBACK, usedFallback: true });
      expect(result.rules.map((r) => r.status)).toEqual(['disabled', 'notMatched', 'notMatched', 'notMatched']);
    });
  });

  describe('when the hit policy is collectAll', () => {
    it('concatenates every matching rule in order', () => {
      const set = ruleSet('collectAll', [rule('a', email), rule('b', vip), rule('c', email, { then: [] }), rule('d', email)]);

      const result = explain(set, { conversation: { channel: 'email' } });

      expect(result.decision).toEqual({ matchedRuleIds: ['a', 'c', 'd'], actions: [team('a'), team('d')], usedFallback: false });
      expect(result.rules.map((r) => r.status)).toEqual(['matched', 'notMatched', 'matched', 'matched']);
    });

    it('stops after a matching rule with stop, but not after a failing one', () => {
      const set = ruleSet('collectAll', [rule('a', vip, { stop: true }), rule('b', email, { stop: true }), rule('off', email, { enabled: false }), rule('c', email)]);

      const result = explain(set, { conversation: { channel: 'email' } });

      expect(result.decision.matchedRuleIds).toEqual(['b']);
      expect(result.rules.map((r) => r.status)).toEqual(['notMatched', 'matched', 'disabled', 'notReached']);
    });

    it('uses the fallback when nothing matches, and not when a rule with no actions matched', () => {
      const set = ruleSet('collectAll', [rule('a', vip, { then: [] })]);

      const none = explain(set, {});
      const empty = explain(set, { ticket: { tags: ['vip'] } });

      expect(none.decision).toEqual({ matchedRuleIds: [], actions: FALLBACK, usedFallback: true });
      expect(empty.decision).toEqual({ matchedRuleIds: ['a'], actions: [], usedFallback: false });
    });
  });

  describe('when explaining a condition tree', () => {
    const when: ConditionNode = { all: [email, { any: [refund, { not: { field: 'ticket.priority', operator: 'in', value: ['low'] } }] }] };
    const set = ruleSet('firstMatch', [rule('tree', when)]);

    it('lists evaluated nodes in pre-order with their paths, and leaves short-circuited ones out', () => {
      const result = explain(set, { conversation: { channel: 'chat' } });

      expect(result.rules[0]?.nodes).toEqual([
        { kind: 'group', path: 'rules[0].when', combinator: 'all', result: false },
        { kind: 'condition', path: 'rules[0].when.all[0]', field: 'conversation.channel', operator: 'equals', expected: 'email', actual: 'chat', result: false },
      ]);
    });

    it('records a group before its children and the outcome of every group', () => {
      const result = explain(set, { conversation: { channel: 'email' }, ticket: { subject: 'Hi', priority: 'high' } });

      expect(result.rules[0]?.nodes.map((n) => [n.path, n.result])).toEqual([
        ['rules[0].when', true],
        ['rules[0].when.all[0]', true],
        ['rules[0].when.all[1]', true],
        ['rules[0].when.all[1].any[0]', false],
        ['rules[0].when.all[1].any[1]', true],
        ['rules[0].when.all[1].any[1].not', false],
      ]);
    });

    it('stops an any group at its first true child', () => {
      const result = explain(set, { conversation: { channel: 'email' }, ticket: { subject: 'A refund?' } });

      expect(result.rules[0]?.nodes.map((n) => n.path)).toEqual(['rules[0].when', 'rules[0].when.all[0]', 'rules[0].when.all[1]', 'rules[0].when.all[1].any[0]']);
    });

    it('shows the expected value as written and the actual value as read', () => {
      const set2 = ruleSet('firstMatch', [
        rule('a', { all: [refund, { field: 'ticket.createdAt', operator: 'isSet' }, { field: 'ticket.tags', operator: 'hasAllOf', value: ['x'] }] }),
      ]);

      const result = explain(set2, { ticket: { subject: 'refund', createdAt: '2024-05-01T00:00:00Z', tags: ['y', 3] as unknown as string[] } });

      expect(result.rules[0]?.nodes.slice(1)).toEqual([
        { kind: 'condition', path: 'rules[0].when.all[0]', field: 'ticket.subject', operator: 'contains', expected: 'REFUND', actual: 'refund', result: true },
        { kind: 'condition', path: 'rules[0].when.all[1]', field: 'ticket.createdAt', operator: 'isSet', actual: 1714521600000, result: true },
        { kind: 'condition', path: 'rules[0].when.all[2]', field: 'ticket.tags', operator: 'hasAllOf', expected: ['x'], actual: ['y'], result: false },
      ]);
      expect(result.rules[0]?.nodes[2]).not.toHaveProperty('expected');
    });

    it('gives skipped rules no nodes and names every rule', () => {
      const set3 = ruleSet('firstMatch', [rule('a', email), rule('b', email, { enabled: false }), rule('c', email)]);

      const result = explain(set3, { conversation: { channel: 'email' } });

      expect(result.rules.slice(1)).toEqual([
        { ruleId: 'b', ruleIndex: 1, name: 'Rule b', status: 'disabled', nodes: [] },
        { ruleId: 'c', ruleIndex: 2, name: 'Rule c', status: 'notReached', nodes: [] },
      ]);
    });
  });
});
