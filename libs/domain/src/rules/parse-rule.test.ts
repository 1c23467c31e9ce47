import type { Issue } from '../shared/issue';
import { DEFAULT_FIELD_CATALOGUE } from './field-catalogue';
import { createParseContext, type ParseContext } from './parse-context';
import { parseRule } from './parse-rule';
import { RULE_LIMITS } from './rule-limits';

const validRule = {
  id: 'vip-billing',
  name: 'VIP billing',
  enabled: true,
  when: { field: 'ticket.tags', operator: 'hasAnyOf', value: ['vip'] },
  then: [{ type: 'assignTeam', teamId: 'billing' }],
};

const parse = (raw: unknown, ctx: ParseContext = createParseContext(DEFAULT_FIELD_CATALOGUE)) => {
  const rule = parseRule(raw, 'rules[0]', ctx);
  return { rule, issues: ctx.issues.map((i: Issue) => [i.code, i.path]), messages: ctx.issues.map((i) => i.message) };
};

describe('parseRule', () => {
  describe('when the rule is valid', () => {
    it.each([
      ['a minimal rule', validRule],
      ['a rule with stop', { ...validRule, stop: true }],
      ['a rule with stop false, kept', { ...validRule, stop: false }],
      ['a disabled rule without actions', { ...validRule, enabled: false, then: [] }],
      ['the longest id', { ...validRule, id: 'x'.repeat(RULE_LIMITS.maxIdLength) }],
      ['a one-character id', { ...validRule, id: '_' }],
      ['the longest name', { ...validRule, name: 'n'.repeat(RULE_LIMITS.maxNameLength) }],
      ['a name with surrounding spaces, kept as given', { ...validRule, name: '  VIP  ' }],
    ])('returns %s as a fresh, equal copy', (_label, raw) => {
      const { rule, issues } = parse(raw);

      expect(issues).toEqual([]);
      expect(rule).toEqual(raw);
      expect(rule?.when).not.toBe(raw.when);
      expect(rule?.then).not.toBe(raw.then);
    });
  });

  describe('when the rule is invalid', () => {
    it.each([
      ['a non-object', 'rule', [['INVALID_TYPE', 'rules[0]']]],
      ['an empty object', {}, ['id', 'name', 'enabled', 'when', 'then'].map((key) => ['MISSING_PROPERTY', `rules[0].${key}`])],
      ['a numeric id', { ...validRule, id: 7 }, [['INVALID_ID', 'rules[0].id']]],
      ['an empty id', { ...validRule, id: '' }, [['INVALID_ID', 'rules[0].id']]],
      ['an id with spaces around it', { ...validRule, id: ' vip ' }, [['INVALID_ID', 'rules[0].id']]],
      ['an id with a dot', { ...validRule, id: 'a.b' }, [['INVALID_ID', 'rules[0].id']]],
      ['an id one character too long', { ...validRule, id: 'x'.repeat(RULE_LIMITS.maxIdLength + 1) }, [['INVALID_ID', 'rules[0].id']]],
      ['a name that is not a string', { ...validRule, name: ['VIP'] }, [['INVALID_TYPE', 'rules[0].name']]],
      ['an empty name', { ...validRule, name: '' }, [['INVALID_VALUE', 'rules[0].name']]],
      ['a name one character too long', { ...validRule, name: 'n'.repeat(RULE_LIMITS.maxNameLength + 1) }, [['LIMIT_EXCEEDED', 'rules[0].name']]],
      ['enabled as a string', { ...validRule, enabled: 'yes' }, [['INVALID_TYPE', 'rules[0].enabled']]],
      ['stop as a number', { ...validRule, stop: 1 }, [['INVALID_TYPE', 'rules[0].stop']]],
      ['a bad when', { ...validRule, when: { all: [] } }, [['EMPTY_GROUP', 'rules[0].when.all']]],
      ['then that is not a list', { ...validRule, then: { type: 'assignUser', userId: 'u' } }, [['INVALID_TYPE', 'rules[0].then']]],
      ['a bad action', { ...validRule, then: [{ type: 'assignUser' }] }, [['MISSING_PROPERTY', 'rules[0].then[0].userId']]],
      ['an unknown key', { ...validRule, priority: 1 }, [['UNKNOWN_PROPERTY', 'rules[0].priority']]],
    ])('reports %s', (_label, raw, expected) => {
      const { rule, issues } = parse(raw);

      expect(issues).toEqual(expected);
      expect(rule).toBeUndefined();
    });

    it('reports a second use of an id, naming the first rule', () => {
      const ctx = createParseContext(DEFAULT_FIELD_CATALOGUE);
      parseRule(validRule, 'rules[0]', ctx);

      const second = parseRule(validRule, 'rules[1]', ctx);

      expect(second).toBeUndefined();
      expect(ctx.issues).toEqual([{ code: 'DUPLICATE_ID', path: 'rules[1].id', message: 'the id vip-billing is already used by rules[0]' }]);
    });

    it('gives each rule its own node budget', () => {
      const ctx = createParseContext(DEFAULT_FIELD_CATALOGUE);
      const when = { all: Array.from({ length: RULE_LIMITS.maxNodesPerRule - 1 }, () => validRule.when) };

      parseRule({ ...validRule, id: 'a', when }, 'rules[0]', ctx);
      parseRule({ ...validRule, id: 'b', when }, 'rules[1]', ctx);

      expect(ctx.issues).toEqual([]);
    });
  });
});
