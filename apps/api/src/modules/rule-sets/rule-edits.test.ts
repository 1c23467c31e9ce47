import { RULE_SET_FORMAT_VERSION, type Rule, type RuleSet } from '@handoff/domain';
import { applyRuleEdit, type RuleEdit } from './rule-edits';

const rule = (id: string): Rule => ({ id, name: id, enabled: true, when: { field: 'conversation.channel', operator: 'equals', value: 'chat' }, then: [] });
const draft: RuleSet = { formatVersion: RULE_SET_FORMAT_VERSION, hitPolicy: 'firstMatch', rules: [rule('a'), rule('b'), rule('c')], fallback: [] };
const apply = (edit: RuleEdit) => applyRuleEdit(draft, edit, () => 'fresh');
const ruleIds = (edit: RuleEdit) => {
  const result = apply(edit);
  return result.ok ? (result.value.draft['rules'] as Rule[]).map((r) => r.id) : result.error.map((i) => `${i.code}@${i.path}`);
};

describe('applyRuleEdit', () => {
  describe('when the edit applies', () => {
    it.each<[string, RuleEdit, string[]]>([
      ['adds at the end by default', { kind: 'addRule', rule: { id: 'd' } }, ['a', 'b', 'c', 'd']],
      ['adds at a position, clamped', { kind: 'addRule', rule: { id: 'd' }, position: 99 }, ['a', 'b', 'c', 'd']],
      ['gives a rule without an id a fresh one', { kind: 'addRule', rule: {}, position: 0 }, ['rule-fresh', 'a', 'b', 'c']],
      ['keeps the id of an updated rule', { kind: 'updateRule', ruleId: 'b', rule: { id: 'other' } }, ['a', 'b', 'c']],
      ['deletes', { kind: 'deleteRule', ruleId: 'a' }, ['b', 'c']],
      ['reorders', { kind: 'reorderRules', ruleIds: ['c', 'a', 'b'] }, ['c', 'a', 'b']],
    ])('%s', (_label, edit, expected) => {
      expect(ruleIds(edit)).toEqual(expected);
    });

    it('disables a rule and leaves the others alone', () => {
      const result = apply({ kind: 'setRuleEnabled', ruleId: 'b', enabled: false });
      expect(result.ok && (result.value.draft['rules'] as Rule[]).map((r) => r.enabled)).toEqual([true, false, true]);
    });
  });

  describe('when the edit cannot apply', () => {
    it.each<[string, RuleEdit, string[]]>([
      ['an unknown rule', { kind: 'deleteRule', ruleId: 'zz' }, ['INVALID_ID@input.ruleId']],
      ['a missing id in an order', { kind: 'reorderRules', ruleIds: ['a', 'b'] }, ['INVALID_VALUE@input.ruleIds']],
      ['a repeated id in an order', { kind: 'reorderRules', ruleIds: ['a', 'b', 'b'] }, ['INVALID_VALUE@input.ruleIds']],
      ['a foreign id in an order', { kind: 'reorderRules', ruleIds: ['a', 'b', 'x'] }, ['INVALID_VALUE@input.ruleIds']],
    ])('reports %s', (_label, edit, expected) => {
      expect(ruleIds(edit)).toEqual(expected);
    });
  });

  describe('when issues are rebased', () => {
    it('points paths inside the edited rule at input.rule and the rest at the draft', () => {
      const result = apply({ kind: 'updateRule', ruleId: 'b', rule: {} });
      const rebase = result.ok ? result.value.rebase : (p: string) => p;
      expect(['rules[1]', 'rules[1].when.field', 'rules[10].id', 'rules[0].id', '', 'fallback[0]'].map(rebase)).toEqual([
        'input.rule',
        'input.rule.when.field',
        'draft.rules[10].id',
        'draft.rules[0].id',
        'draft',
        'draft.fallback[0]',
      ]);
    });
  });
});
