import { createFieldCatalogue, type FieldDefinition } from './field-catalogue';
import type { OperatorValueShape } from './operator-catalogue';
import { createParseContext, type ParseContext } from './parse-context';
import { parseConditionValue } from './parse-value';
import { RULE_LIMITS } from './rule-limits';

const catalogue = createFieldCatalogue([
  { entity: 'ticket', key: 'amount', label: 'Amount', type: 'number' },
  { entity: 'ticket', key: 'vip', label: 'VIP', type: 'boolean' },
  { entity: 'ticket', key: 'tier', label: 'Tier', type: 'enum' },
]);
const fieldOf = (id: string): FieldDefinition => {
  const field = catalogue.byId.get(id);
  if (field === undefined) throw new Error(`test setup: no field ${id}`);
  return field;
};
type Shape = Exclude<OperatorValueShape, 'none'>;

const parse = (value: unknown, shape: Shape, fieldId: string, ctx: ParseContext = createParseContext(catalogue)) => {
  const parsed = parseConditionValue(value, shape, fieldOf(fieldId), 'v', ctx, false);
  const { issues } = ctx;
  return { parsed, issues: issues.map((i) => [i.code, i.path]), messages: issues.map((i) => i.message) };
};

const many = (count: number, item: unknown = 'a'): unknown[] => Array.from({ length: count }, () => item);
const text = (length: number): string => 'x'.repeat(length);

describe('parseConditionValue', () => {
  describe('when the value fits', () => {
    it.each<[string, Shape, unknown]>([
      ['ticket.subject', 'scalar', 'refund'],
      ['ticket.subject', 'scalar', ''],
      ['ticket.subject', 'scalar', text(RULE_LIMITS.maxStringLength)],
      ['ticket.custom.amount', 'scalar', -12.5],
      ['ticket.custom.vip', 'scalar', false],
      ['ticket.priority', 'scalar', 'urgent'],
      ['ticket.createdAt', 'scalar', '2024-02-29T23:59:59.999+14:00'],
      ['ticket.subject', 'list', ['a', 'b']],
      ['ticket.subject', 'list', many(RULE_LIMITS.maxListItems)],
      ['ticket.tags', 'list', ['vip', 'billing']],
      ['ticket.priority', 'list', ['low', 'high']],
      ['ticket.custom.amount', 'range', [1, 1]],
      ['ticket.custom.amount', 'range', [-5, 10]],
      ['ticket.createdAt', 'range', ['2024-01-01', '2024-01-01T00:00Z']],
      // In text order high < low; as instants 09:00Z < 10:00Z, which is what counts.
      ['ticket.createdAt', 'range', ['2024-05-01T12:00+03:00', '2024-05-01T10:00Z']],
      ['ticket.subject', 'pattern', '^(refund|return)s?$'],
      ['ticket.subject', 'pattern', text(RULE_LIMITS.maxPatternLength)],
    ])('accepts %s %s %j as a fresh copy', (fieldId, shape, value) => {
      const { parsed, issues } = parse(value, shape, fieldId);

      expect(issues).toEqual([]);
      expect(parsed).toEqual(value);
      if (Array.isArray(value)) expect(parsed).not.toBe(value);
    });
  });

  describe('when the value does not fit', () => {
    it.each<[string, Shape, unknown, unknown[][]]>([
      ['ticket.subject', 'scalar', 1, [['INVALID_VALUE', 'v']]],
      ['ticket.subject', 'scalar', text(RULE_LIMITS.maxStringLength + 1), [['LIMIT_EXCEEDED', 'v']]],
      ['ticket.custom.amount', 'scalar', '3', [['INVALID_VALUE', 'v']]],
      ['ticket.custom.amount', 'scalar', Number.NaN, [['INVALID_VALUE', 'v']]],
      ['ticket.custom.amount', 'scalar', Number.POSITIVE_INFINITY, [['INVALID_VALUE', 'v']]],
      ['ticket.custom.vip', 'scalar', 'true', [['INVALID_VALUE', 'v']]],
      ['ticket.priority', 'scalar', 'critical', [['INVALID_VALUE', 'v']]],
      ['ticket.priority', 'scalar', 3, [['INVALID_VALUE', 'v']]],
      ['ticket.createdAt', 'scalar', '2024-05-01T09:30', [['INVALID_VALUE', 'v']]],
      ['ticket.createdAt', 'scalar', 1714550000000, [['INVALID_VALUE', 'v']]],
      ['ticket.subject', 'list', 'a', [['INVALID_VALUE', 'v']]],
      ['ticket.subject', 'list', [], [['EMPTY_LIST', 'v']]],
      ['ticket.subject', 'list', many(RULE_LIMITS.maxListItems + 1), [['LIMIT_EXCEEDED', 'v']]],
      ['ticket.subject', 'list', ['a', 'b', 3, null], [['INVALID_VALUE', 'v[2]'], ['INVALID_VALUE', 'v[3]']]],
      ['ticket.tags', 'list', ['vip', ['nested']], [['INVALID_VALUE', 'v[1]']]],
      ['ticket.custom.amount', 'range', 5, [['INVALID_VALUE', 'v']]],
      ['ticket.custom.amount', 'range', [1, 2, 3], [['INVALID_VALUE', 'v']]],
      ['ticket.custom.amount', 'range', [2, 1], [['INVALID_RANGE', 'v']]],
      ['ticket.custom.amount', 'range', ['1', 2], [['INVALID_VALUE', 'v[0]']]],
      ['ticket.createdAt', 'range', ['2024-05-01T12:00+03:00', '2024-05-01T08:00Z'], [['INVALID_RANGE', 'v']]],
      ['ticket.createdAt', 'range', ['2024-05-01', 'tomorrow'], [['INVALID_VALUE', 'v[1]']]],
      ['ticket.subject', 'pattern', 3, [['INVALID_VALUE', 'v']]],
      ['ticket.subject', 'pattern', text(RULE_LIMITS.maxPatternLength + 1), [['LIMIT_EXCEEDED', 'v']]],
      ['ticket.subject', 'pattern', '(unclosed', [['INVALID_REGEX', 'v']]],
    ])('rejects %s %s %j', (fieldId, shape, value, expected) => {
      const { parsed, issues } = parse(value, shape, fieldId);

      expect(issues).toEqual(expected);
      expect(parsed).toBeUndefined();
    });

    it('reports every bad item of an over-long list among the first maxListItems', () => {
      const value = [...many(RULE_LIMITS.maxListItems - 1), 7, 8];

      const { issues } = parse(value, 'list', 'ticket.subject');

      expect(issues).toEqual([['LIMIT_EXCEEDED', 'v'], ['INVALID_VALUE', `v[${RULE_LIMITS.maxListItems - 1}]`]]);
    });
  });

  describe('when explaining', () => {
    it.each<[string, Shape, unknown, string]>([
      ['ticket.priority', 'scalar', 'critical', 'expected one of low, normal, high, urgent'],
      ['ticket.custom.tier', 'scalar', 'gold', 'expected one of '],
      ['ticket.custom.amount', 'scalar', 'x', 'expected a finite number'],
      ['ticket.custom.vip', 'scalar', 1, 'expected true or false'],
      ['ticket.subject', 'list', [], 'a list value needs at least one item'],
      ['ticket.subject', 'list', many(RULE_LIMITS.maxListItems + 1), `a list value has at most ${RULE_LIMITS.maxListItems} items`],
      ['ticket.subject', 'scalar', text(RULE_LIMITS.maxStringLength + 1), `a string value has at most ${RULE_LIMITS.maxStringLength} characters`],
      ['ticket.subject', 'pattern', text(RULE_LIMITS.maxPatternLength + 1), `a pattern has at most ${RULE_LIMITS.maxPatternLength} characters`],
    ])('says what %s %s needs instead of %j', (fieldId, shape, value, message) => {
      expect(parse(value, shape, fieldId).messages[0]).toBe(message);
    });

    it('passes on the regex engine\'s message with the offset', () => {
      const [message] = parse('ab(cd', 'pattern', 'ticket.subject').messages;

      expect(message).toMatch(/\(at offset \d+\)$/);
    });
  });

  describe('when one pattern repeats', () => {
    it('compiles it once per parse and reports every use', () => {
      const ctx = createParseContext(catalogue);

      parse('(bad', 'pattern', 'ticket.subject', ctx);
      parse('(bad', 'pattern', 'ticket.subject', ctx);
      parse('^good$', 'pattern', 'ticket.subject', ctx);
      parse('^good$', 'pattern', 'ticket.subject', ctx);

      expect(ctx.issues.map((i) => i.code)).toEqual(['INVALID_REGEX', 'INVALID_REGEX']);
      expect(ctx.patternErrors.size).toBe(2);
    });

    it('keeps a pattern compiled with ignoreCase apart from the same text without it', () => {
      const ctx = createParseContext(catalogue);

      parseConditionValue('^a$', 'pattern', fieldOf('ticket.subject'), 'v', ctx, true);
      parseConditionValue('^a$', 'pattern', fieldOf('ticket.subject'), 'v', ctx, false);

      expect([...ctx.patternErrors.keys()]).toEqual(['i^a$', '-^a$']);
    });
  });
});
