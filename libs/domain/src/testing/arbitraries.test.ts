import fc from 'fast-check';
import { parseRuleSet } from '../rules/parse-rule-set';
import { DEFAULT_FIELD_CATALOGUE } from '../rules/field-catalogue';
import { explainRuleSetReference } from '../rules/evaluate-rule-set-reference';
import { ARBITRARY_FIELD_CATALOGUE, factsArbitrary, ruleSetArbitrary, ruleSetWithFactsArbitrary } from './arbitraries';

describe('ruleSetArbitrary', () => {
  describe.each([
    ['the default catalogue', DEFAULT_FIELD_CATALOGUE],
    ['a catalogue with custom properties', ARBITRARY_FIELD_CATALOGUE],
  ])('when generating over %s', (_, catalogue) => {
    it('generates rule sets the parser accepts unchanged', () => {
      fc.assert(
        fc.property(ruleSetArbitrary(catalogue), (ruleSet) => {
          expect(parseRuleSet(ruleSet, catalogue)).toStrictEqual({ ok: true, value: ruleSet });
        }),
        { numRuns: 300 },
      );
    });
  });

  it('respects the bounds on the number of rules', () => {
    const sizes = fc.sample(ruleSetArbitrary(DEFAULT_FIELD_CATALOGUE, { minRules: 3, maxRules: 5 }), 50).map((r) => r.rules.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5);
  });
});

const NOT_POSITIVE = ['isSet', 'isNotSet', 'notEquals', 'notIn', 'notContains', 'hasNoneOf'];

describe('factsArbitrary', () => {
  it('makes conditions of the rule set it is given true often', () => {
    const results = fc
      .sample(ruleSetWithFactsArbitrary(), { numRuns: 500, seed: 2 })
      .flatMap(([set, factsList]) => factsList.flatMap((facts) => explainRuleSetReference(set, facts, ARBITRARY_FIELD_CATALOGUE).rules))
      .flatMap((trace) => trace.nodes.filter((n) => n.kind === 'condition' && !NOT_POSITIVE.includes(n.operator)))
      .map((n) => n.result);
    expect(results.filter(Boolean).length / results.length).toBeGreaterThan(0.15);
  });

  it('mixes in missing, null and wrongly typed values', () => {
    const subjects = fc.sample(factsArbitrary(), { numRuns: 500, seed: 1 }).map((f) => (f.ticket as { subject?: unknown } | null | undefined)?.subject);
    const kinds = new Set(subjects.map((s) => (s === null ? 'null' : typeof s)));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['null', 'number', 'string', 'undefined']));
  });
});
