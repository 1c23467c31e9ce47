import fc from 'fast-check';
import { ARBITRARY_FIELD_CATALOGUE, ruleSetArbitrary, ruleSetWithFactsArbitrary } from '../testing/arbitraries';
import { compileRuleSet, generateRuleSetSourceForTesting } from './compile-rule-set';
import { explainRuleSetReference } from './evaluate-rule-set-reference';
import { createFieldCatalogue, DEFAULT_FIELD_CATALOGUE, type FieldCatalogue } from './field-catalogue';
import type { RoutingFacts } from './routing-facts';
import type { Condition, ConditionNode, HitPolicy, Rule, RuleSet } from './rule-ast';

const rule = (id: string, when: ConditionNode, extra: Partial<Rule> = {}): Rule => ({ id, name: id, enabled: true, when, then: [{ type: 'assignTeam', teamId: id }], ...extra });
const ruleSet = (rules: readonly Rule[], hitPolicy: HitPolicy = 'firstMatch'): RuleSet => ({ formatVersion: 1, hitPolicy, rules, fallback: [{ type: 'setDestination', destination: 'inbox' }] });

/** Asserts the compiled evaluator agrees with the reference interpreter on every facts. */
function expectSameAsReference(set: RuleSet, factsList: readonly RoutingFacts[], catalogue: FieldCatalogue = DEFAULT_FIELD_CATALOGUE): void {
  const compiled = compileRuleSet(set, catalogue);
  for (const facts of factsList) {
    const reference = explainRuleSetReference(set, facts, catalogue);
    expect(compiled.evaluate(facts)).toEqual(reference.decision);
    expect(compiled.explain(facts)).toStrictEqual(reference);
  }
}

describe('compileRuleSet', () => {
  describe('when compared with the reference interpreter', () => {
    it('decides and explains exactly the same on random rule sets and facts', () => {
      fc.assert(
        fc.property(ruleSetWithFactsArbitrary(ARBITRARY_FIELD_CATALOGUE), ([set, factsList]) => {
          expectSameAsReference(set, factsList, ARBITRARY_FIELD_CATALOGUE);
        }),
        { numRuns: 400 },
      );
    });

    it('agrees on rule sets large enough to be split into several functions', () => {
      const sizes = { minRules: 250, maxRules: 300, maxFacts: 3 };
      const [sample] = fc.sample(ruleSetArbitrary(ARBITRARY_FIELD_CATALOGUE, sizes), { numRuns: 1, seed: 7 });
      expect(generateRuleSetSourceForTesting(sample as RuleSet, 'decide', ARBITRARY_FIELD_CATALOGUE)).toContain('function c1(');
      fc.assert(
        fc.property(ruleSetWithFactsArbitrary(ARBITRARY_FIELD_CATALOGUE, sizes), ([set, factsList]) => {
          expectSameAsReference(set, factsList, ARBITRARY_FIELD_CATALOGUE);
        }),
        { numRuns: 15 },
      );
    });
  });

  describe('when a rule set is split into several functions', () => {
    // Enough rules for several chunks, each reading the same custom field (through readField) and folding it.
    const rules = Array.from({ length: 300 }, (_, i) => rule(`r${i}`, { field: 'ticket.custom.note', operator: 'contains', value: `v${i}.`, ignoreCase: true }));
    const set = ruleSet(rules, 'collectAll');
    const catalogue = createFieldCatalogue([{ entity: 'ticket', key: 'note', label: 'Note', type: 'string' }]);
    const countingFacts = (note: string, reads: { count: number }): RoutingFacts => ({
      ticket: {
        get custom() {
          reads.count += 1;
          return { note };
        },
      },
    });

    it('reads and folds a field once per evaluation, in every chunk alike', () => {
      const compiled = compileRuleSet(set, catalogue);
      const reads = { count: 0 };

      const first = compiled.evaluate(countingFacts('V7. and V299.', reads));
      const second = compiled.evaluate(countingFacts('v3.', reads));

      expect(generateRuleSetSourceForTesting(set, 'decide', catalogue)).toContain('function c1(');
      expect(first.matchedRuleIds).toEqual(['r7', 'r299']);
      expect(second.matchedRuleIds).toEqual(['r3']);
      expect(reads.count).toBe(2);
    });
  });

  describe('when it generates code', () => {
    const MARK = 'MARKER';
    const catalogue = createFieldCatalogue([{ entity: 'ticket', key: `${MARK}key`, label: 'Marked', type: 'string' }]);
    const marked: Condition[] = [
      { field: 'ticket.subject', operator: 'equals', value: `${MARK}1` },
      { field: 'ticket.subject', operator: 'in', value: [`${MARK}2`, 'x'] },
      { field: 'ticket.subject', operator: 'contains', value: `${MARK}3`, ignoreCase: true },
      { field: 'ticket.subject', operator: 'matches', value: `${MARK}4|"\\);throw 1;//` },
      { field: 'ticket.tags', operator: 'hasAnyOf', value: [`${MARK}5`] },
      { field: `ticket.custom.${MARK}key`, operator: 'endsWith', value: `\`;${MARK}6\${x}` },
      { field: 'ticket.createdAt', operator: 'greaterThan', value: '2024-05-01T09:30:00Z' },
      { field: 'ticket.priority', operator: 'notIn', value: ['urgent'] },
    ];
    const set: RuleSet = {
      formatVersion: 1,
      hitPolicy: 'firstMatch',
      rules: [rule(`${MARK}-rule`, { all: marked }, { name: `${MARK} name`, then: [{ type: 'sendMessage', message: `${MARK} message` }] })],
      fallback: [{ type: 'addTags', tags: [`${MARK}tag`] }],
    };

    it.each<[HitPolicy, 'decide' | 'trace']>([
      ['firstMatch', 'decide'],
      ['firstMatch', 'trace'],
      ['collectAll', 'decide'],
      ['collectAll', 'trace'],
    ])('never writes a value from the rule set into the %s %s source', (hitPolicy, mode) => {
      const source = generateRuleSetSourceForTesting({ ...set, hitPolicy }, mode, catalogue);

      expect(source).not.toContain(MARK);
      expect(source).not.toContain('urgent');
      expect(source).not.toContain('2024');
    });

    it('still compares with those values', () => {
      const facts = { ticket: { subject: `${MARK}1`, tags: [], custom: { [`${MARK}key`]: 'x' } } };
      expect(compileRuleSet(set, catalogue).evaluate(facts).usedFallback).toBe(true);
      expectSameAsReference(set, [facts, { ticket: { subject: `${MARK}1`, tags: [`${MARK}5`], custom: { [`${MARK}key`]: `\`;${MARK}6\${x}` }, createdAt: Date.parse('2025-01-01') } }], catalogue);
    });

    it('reads a built-in field whose name is not a plain word through the helper', () => {
      const odd: FieldCatalogue = { fields: [], byId: new Map([['ticket.x-y', { id: 'ticket.x-y', entity: 'ticket', label: 'odd', type: 'string' }]]) };
      const oddSet = ruleSet([rule('a', { field: 'ticket.x-y', operator: 'equals', value: 'v' })]);

      expect(generateRuleSetSourceForTesting(oddSet, 'decide', odd)).not.toContain('x-y');
      expectSameAsReference(oddSet, [{ ticket: { 'x-y': 'v' } } as RoutingFacts, {}], odd);
    });
  });

  describe('when built-in fields are numbers or booleans', () => {
    it('checks their type inline as readField does', () => {
      const fields = [
        { id: 'ticket.count', entity: 'ticket' as const, label: 'Count', type: 'number' as const },
        { id: 'ticket.open', entity: 'ticket' as const, label: 'Open', type: 'boolean' as const },
      ];
      const plain: FieldCatalogue = { fields, byId: new Map(fields.map((f) => [f.id, f])) };
      const set = ruleSet([rule('a', { any: [{ field: 'ticket.count', operator: 'greaterThan', value: 1 }, { field: 'ticket.open', operator: 'isSet' }] })]);
      const values: unknown[] = [2, '2', Number.NaN, Number.POSITIVE_INFINITY, true, 'true', null];

      expect(generateRuleSetSourceForTesting(set, 'decide', plain)).toContain('e0.count');
      expectSameAsReference(set, values.flatMap((v) => [{ ticket: { count: v } }, { ticket: { open: v } }] as unknown as RoutingFacts[]), plain);
    });
  });

  describe('when it returns decisions', () => {
    const set = ruleSet([rule('a', { field: 'ticket.priority', operator: 'equals', value: 'high' }, { then: [{ type: 'addTags', tags: ['vip'] }] })]);

    it('shares frozen decisions, so no caller can change another one', () => {
      const compiled = compileRuleSet(set);

      const first = compiled.evaluate({ ticket: { priority: 'high' } });
      const second = compiled.evaluate({ ticket: { priority: 'high' } });

      expect(second).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
      expect(Object.isFrozen(first.actions[0])).toBe(true);
      expect(() => (first.matchedRuleIds as string[]).push('x')).toThrow(TypeError);
    });

    it('leaves the rule set it was given unfrozen', () => {
      compileRuleSet(set).evaluate({ ticket: { priority: 'high' } });
      expect(Object.isFrozen(set.rules[0]?.then)).toBe(false);
    });

    it('returns the fallback for a rule set without enabled rules', () => {
      expectSameAsReference(ruleSet([]), [{}]);
      expectSameAsReference(ruleSet([rule('a', { field: 'ticket.subject', operator: 'isSet' }, { enabled: false })], 'collectAll'), [{ ticket: { subject: 'x' } }]);
    });
  });

  describe('when explaining repeatedly', () => {
    const first: Condition = { field: 'conversation.language', operator: 'equals', value: 'fi' };
    const second: Condition = { field: 'ticket.subject', operator: 'notEquals', value: 'x' };

    it('shares the frozen trace of a rule decided by its first condition', () => {
      const compiled = compileRuleSet(ruleSet([rule('a', { all: [first, second] })]));

      const one = compiled.explain({ conversation: { language: 'en' } }).rules[0];
      const two = compiled.explain({ conversation: { language: 'en' } }).rules[0];
      const other = compiled.explain({ conversation: { language: 'sv' } }).rules[0];

      expect(two).toBe(one);
      expect(Object.isFrozen(one?.nodes[1])).toBe(true);
      expect(other?.nodes[1]).toMatchObject({ actual: 'sv', result: false });
    });

    it('stays right once its memo of values and traces is full', () => {
      const set = ruleSet([rule('a', { all: [{ field: 'ticket.subject', operator: 'isSet' }, first] }), rule('b', first)]);
      // 600 pairs of 60 subjects and 11 languages: past the per-rule cap; then 90 subjects: past the per-field cap.
      const pairs = Array.from({ length: 600 }, (_, i) => ({ ticket: { subject: `s${i % 60}` }, conversation: { language: `l${i % 11}` } }));
      const factsList = [...pairs, ...Array.from({ length: 90 }, (_, i) => ({ ticket: { subject: `t${i}` }, conversation: { language: 'l1' } }))];

      expectSameAsReference(set, factsList);
    });

    it('does not share traces of values that make poor keys', () => {
      const set = ruleSet([rule('a', { all: [{ field: 'ticket.custom.seats', operator: 'notEquals', value: 1 }, second] })]);
      const long = 'y'.repeat(300);

      expectSameAsReference(set, [{ ticket: { custom: { seats: -0 } } }, { ticket: { custom: { seats: 0 } } }, { ticket: { custom: { seats: -0 } } }], ARBITRARY_FIELD_CATALOGUE);
      expectSameAsReference(ruleSet([rule('a', { field: 'ticket.subject', operator: 'equals', value: 'x' })]), [{ ticket: { subject: long } }, { ticket: { subject: long } }]);
      const manyTags = Array.from({ length: 9 }, (_, i) => `t${i}`);
      const longTags = ['z'.repeat(300)];
      expectSameAsReference(ruleSet([rule('a', { field: 'ticket.tags', operator: 'hasAnyOf', value: ['x'] })]), [manyTags, manyTags, longTags, longTags].map((tags) => ({ ticket: { tags } })));
    });

    it('shares lists only as frozen copies, leaving the facts their own', () => {
      const compiled = compileRuleSet(ruleSet([rule('a', { field: 'ticket.tags', operator: 'hasAnyOf', value: ['x'] })]));
      const tags = ['y'];

      compiled.explain({ ticket: { tags: ['y'] } });
      const shared = compiled.explain({ ticket: { tags } }).rules[0]?.nodes[0];

      expect(shared).toMatchObject({ actual: ['y'], result: false });
      expect(shared && 'actual' in shared && Object.isFrozen(shared.actual)).toBe(true);
      expect(Object.isFrozen(tags)).toBe(false);
    });

    it('builds rules with many evaluated conditions afresh', () => {
      const many: Condition[] = Array.from({ length: 10 }, (_, i) => ({ field: 'ticket.subject', operator: 'notEquals', value: `v${i}` }));
      const set = ruleSet([rule('a', { all: many })]);

      expectSameAsReference(set, [{ ticket: { subject: 'x' } }, { ticket: { subject: 'x' } }]);
    });
  });

  describe('when the rule set skipped validation', () => {
    it('throws on an unknown field, for the test hook too', () => {
      const set = ruleSet([rule('a', { field: 'ticket.nope', operator: 'isSet' })]);
      expect(() => compileRuleSet(set)).toThrow('unknown field');
      expect(() => generateRuleSetSourceForTesting(set, 'decide')).toThrow('unknown field');
    });
  });
});
