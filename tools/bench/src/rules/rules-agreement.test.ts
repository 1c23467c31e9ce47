import { RULE_SET_FORMAT_VERSION, type Condition, type RoutingFacts, type RuleSet } from '@handoff/domain';
import { readFileSync } from 'node:fs';
import { RULES_200, buildRulesBenchData } from './bench-data';
import { ceilingCollectAll, ceilingFirstMatch } from './generated/ceiling-200';
import { findRulesDisagreement, libraryAnswerers, oursAnswerer, type RulesAnswerer } from './rule-contenders';
import { CEILING_FILE, expectedCeilingSource } from './write-ceiling';

const HIT_POLICIES = ['firstMatch', 'collectAll'] as const;

const ceilingAnswerer = (hitPolicy: RuleSet['hitPolicy']): RulesAnswerer => ({
  name: 'ceiling',
  answer: (facts) => (hitPolicy === 'firstMatch' ? [ceilingFirstMatch(facts)].filter((i) => i >= 0) : ceilingCollectAll(facts)),
});

// One rule per condition, so each contender's answer shows exactly which conditions it found true.
const EDGE_CONDITIONS: readonly Condition[] = [
  { field: 'conversation.channel', operator: 'equals', value: 'email' },
  { field: 'conversation.channel', operator: 'in', value: ['sms', 'chat'] },
  { field: 'conversation.channel', operator: 'notIn', value: ['sms', 'chat'] },
  { field: 'contact.tier', operator: 'notEquals', value: 'free' },
  { field: 'ticket.tags', operator: 'hasAnyOf', value: ['vip', 'refund'] },
  { field: 'ticket.tags', operator: 'hasNoneOf', value: ['vip', 'refund'] },
  { field: 'ticket.subject', operator: 'contains', value: 'refund' },
  { field: 'ticket.subject', operator: 'contains', value: 'Straße', ignoreCase: true },
  { field: 'ticket.subject', operator: 'notContains', value: 'REFUND', ignoreCase: true },
  { field: 'ticket.custom.orderValue', operator: 'greaterThan', value: -5 },
  { field: 'ticket.custom.orderValue', operator: 'lessThanOrEqual', value: 100 },
  { field: 'ticket.custom.orderValue', operator: 'between', value: [0, 100] },
  { field: 'contact.custom.lifetimeValue', operator: 'greaterThanOrEqual', value: 0 },
  { field: 'ticket.createdAt', operator: 'lessThan', value: '2025-06-01T00:00:00.000Z' },
  { field: 'contact.custom.signedUpAt', operator: 'between', value: ['2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'] },
  { field: 'contact.custom.isVip', operator: 'equals', value: true },
];

const edgeRuleSet = (hitPolicy: RuleSet['hitPolicy']): RuleSet => ({
  formatVersion: RULE_SET_FORMAT_VERSION,
  hitPolicy,
  rules: [
    ...EDGE_CONDITIONS.map((condition, i) => ({ id: `c${i}`, name: `condition ${i}`, enabled: true, when: condition, then: [] })),
    { id: 'not', name: 'not', enabled: true, when: { not: { any: [EDGE_CONDITIONS[0] as Condition, EDGE_CONDITIONS[6] as Condition] } }, then: [] },
  ],
  fallback: [],
});

const EDGE_FACTS: readonly RoutingFacts[] = [
  {},
  { ticket: null, conversation: null, contact: null },
  { ticket: { subject: '', tags: [], custom: {} }, contact: { custom: {} } },
  { ticket: { subject: null, tags: null, custom: null }, contact: { tier: null, custom: null } },
  { ticket: { subject: 'STRASSE refund', tags: ['vip'], custom: { orderValue: 0 }, createdAt: Date.parse('2025-05-31T23:59:59Z') } },
  { ticket: { subject: 'Refund please', tags: ['other'], custom: { orderValue: 100 } }, contact: { tier: 'free', custom: { lifetimeValue: 0, isVip: false } } },
  { ticket: { subject: 'ﬁne straße', custom: { orderValue: -5 } }, conversation: { channel: 'chat' }, contact: { custom: { isVip: true, signedUpAt: Date.parse('2025-02-01T00:00:00Z') } } },
  { ticket: { custom: { orderValue: 100.5 }, createdAt: Date.parse('2025-06-01T00:00:00Z') }, conversation: { channel: 'email' }, contact: { tier: 'premium' } },
];

describe('rules contenders', () => {
  describe.each(HIT_POLICIES)('when the hit policy is %s', (hitPolicy) => {
    it('agree on a small generated rule set (20 rules × 300 tickets)', async () => {
      const { ruleSet, tickets } = buildRulesBenchData({ rules: 20, seed: 7 }, hitPolicy, 300);

      const disagreement = await findRulesDisagreement([oursAnswerer(ruleSet), ...libraryAnswerers(ruleSet)], tickets);

      expect(disagreement).toBeUndefined();
    });

    it('agree with the committed ceiling on the 200-rule set (300 tickets)', async () => {
      const { ruleSet, tickets } = buildRulesBenchData(RULES_200, hitPolicy, 300);

      const disagreement = await findRulesDisagreement([oursAnswerer(ruleSet), ceilingAnswerer(hitPolicy)], tickets);

      expect(disagreement).toBeUndefined();
    });

    it('agree on missing values, nulls, empty lists, negations and case folding', async () => {
      const ruleSet = edgeRuleSet(hitPolicy);

      const disagreement = await findRulesDisagreement([oursAnswerer(ruleSet), ...libraryAnswerers(ruleSet)], EDGE_FACTS);

      expect(disagreement).toBeUndefined();
    });
  });

  describe('when the generator has changed since the ceiling was committed', () => {
    it('is caught: the committed ceiling is the generator output', () => {
      expect(readFileSync(CEILING_FILE, 'utf8')).toBe(expectedCeilingSource());
    });
  });
});
