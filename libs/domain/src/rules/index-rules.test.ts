import fc from 'fast-check';
import { ARBITRARY_FIELD_CATALOGUE, conditionNodeArbitrary, factsArbitrary } from '../testing/arbitraries';
import { compileRuleSet, generateRuleSetSourceForTesting } from './compile-rule-set';
import { explainRuleSetReference } from './evaluate-rule-set-reference';
import { CHANNELS, DEFAULT_FIELD_CATALOGUE } from './field-catalogue';
import { indexRules } from './index-rules';
import { planRuleSet } from './plan-rule-set';
import type { Condition, ConditionNode, HitPolicy, Rule, RuleSet } from './rule-ast';

const channel = (value: string | string[]): Condition => ({ field: 'conversation.channel', operator: Array.isArray(value) ? 'in' : 'equals', value });
const ruleSet = (whens: readonly ConditionNode[], hitPolicy: HitPolicy = 'firstMatch'): RuleSet => ({
  formatVersion: 1,
  hitPolicy,
  fallback: [],
  rules: whens.map((when, i): Rule => ({ id: `r${i}`, name: `r${i}`, enabled: true, when, then: [{ type: 'assignTeam', teamId: `t${i}` }] })),
});
const indexOf = (set: RuleSet) => indexRules(planRuleSet(set, DEFAULT_FIELD_CATALOGUE));
const other: Condition = { field: 'ticket.subject', operator: 'isSet' };

describe('indexRules', () => {
  describe('when most rules of a large set share an equality guard', () => {
    const whens: ConditionNode[] = [
      ...Array.from({ length: 200 }, (_, i) => ({ all: [other, channel(CHANNELS[i % 3] as string)] })),
      ...Array.from({ length: 60 }, () => channel(['sms', 'chat'])),
      ...Array.from({ length: 20 }, () => other),
    ];

    it('routes each guarded value to its rules plus the unguarded ones, in order', () => {
      const index = indexOf(ruleSet(whens));

      const chat = index?.routes.find((r) => r.values.includes('chat'));
      expect(index?.otherwise.map((r) => r.index)).toEqual(Array.from({ length: 20 }, (_, i) => 260 + i));
      expect(chat?.rules.length).toBe(67 + 60 + 20);
      expect(chat?.rules.map((r) => r.index)).toEqual([...(chat?.rules.map((r) => r.index) ?? [])].sort((a, b) => a - b));
      expect(index?.routes.flatMap((r) => r.values).sort()).toEqual(['chat', 'email', 'sms', 'whatsapp']);
    });
  });

  describe('when an index would not pay', () => {
    it.each<[string, ConditionNode[]]>([
      ['the set is small', Array.from({ length: 100 }, () => channel('chat'))],
      ['few rules share a guard', Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? channel('chat') : other))],
      ['guards are negated or folded', Array.from({ length: 300 }, (_, i) => ({ ...channel('chat'), ...(i % 2 ? { operator: 'notEquals' } : { ignoreCase: true }) }))],
      ['unguarded rules would be copied into too many routes', Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? { field: 'ticket.subject', operator: 'equals', value: `s${i}` } : other))],
    ])('does not index when %s', (_, whens) => {
      expect(indexOf(ruleSet(whens))).toBeUndefined();
    });
  });
});

describe('compileRuleSet with an index', () => {
  const guarded = fc.tuple(fc.constantFrom(...CHANNELS), fc.boolean(), conditionNodeArbitrary(ARBITRARY_FIELD_CATALOGUE)).map(
    ([value, asList, rest]): ConditionNode => ({ all: [asList ? channel([value, 'email']) : channel(value), rest] }),
  );
  const whens = fc.array(fc.oneof({ weight: 5, arbitrary: guarded }, { weight: 1, arbitrary: conditionNodeArbitrary(ARBITRARY_FIELD_CATALOGUE) }), {
    minLength: 260,
    maxLength: 300,
  });

  it.each<HitPolicy>(['firstMatch', 'collectAll'])('decides like the reference interpreter under %s', (hitPolicy) => {
    const [sample] = fc.sample(whens, { numRuns: 1, seed: 3 });
    expect(generateRuleSetSourceForTesting(ruleSet(sample ?? [], hitPolicy), 'decide', ARBITRARY_FIELD_CATALOGUE)).toContain('routes.get(');
    const setWithFacts = whens.chain((list) => {
      const set = ruleSet(list, hitPolicy);
      return fc.tuple(fc.constant(set), fc.array(factsArbitrary(ARBITRARY_FIELD_CATALOGUE, set), { minLength: 5, maxLength: 10 }));
    });
    fc.assert(
      fc.property(setWithFacts, ([set, factsList]) => {
        const compiled = compileRuleSet(set, ARBITRARY_FIELD_CATALOGUE);
        for (const facts of factsList) expect(compiled.evaluate(facts)).toEqual(explainRuleSetReference(set, facts, ARBITRARY_FIELD_CATALOGUE).decision);
      }),
      { numRuns: 10 },
    );
  });
});
