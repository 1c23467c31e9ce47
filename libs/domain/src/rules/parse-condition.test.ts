import { createFieldCatalogue, DEFAULT_FIELD_CATALOGUE } from './field-catalogue';
import { parseCondition } from './parse-condition';
import { createParseContext, type ParseContext } from './parse-context';
import type { InputRecord } from '../shared/read-input';

const parse = (raw: InputRecord, ctx: ParseContext = createParseContext(DEFAULT_FIELD_CATALOGUE)) => {
  const condition = parseCondition(raw, 'c', ctx);
  return { condition, issues: ctx.issues.map((i) => [i.code, i.path]), messages: ctx.issues.map((i) => i.message) };
};

describe('parseCondition', () => {
  describe('when the condition is valid', () => {
    it.each([
      [{ field: 'ticket.priority', operator: 'in', value: ['high', 'urgent'] }],
      [{ field: 'ticket.subject', operator: 'contains', value: 'refund', ignoreCase: true, ignoreAccents: false }],
      [{ field: 'ticket.status', operator: 'equals', value: 'open', ignoreCase: false }],
      [{ field: 'ticket.tags', operator: 'hasAnyOf', value: ['vip'], ignoreAccents: true }],
      [{ field: 'contact.company', operator: 'isSet' }],
      [{ field: 'ticket.createdAt', operator: 'between', value: ['2024-01-01', '2024-12-31T23:59:59Z'] }],
    ])('returns it unchanged, false flags kept (%j)', (raw) => {
      const { condition, issues } = parse(raw);

      expect(issues).toEqual([]);
      expect(condition).toEqual(raw);
    });

    it('drops a value or flag that is explicitly undefined', () => {
      const { condition } = parse({ field: 'contact.company', operator: 'isSet', value: undefined, ignoreCase: undefined });

      expect(condition).toStrictEqual({ field: 'contact.company', operator: 'isSet' });
    });

    it('reads fields from the catalogue it is given', () => {
      const catalogue = createFieldCatalogue([{ entity: 'contact', key: 'vip', label: 'VIP', type: 'boolean' }]);
      const raw = { field: 'contact.custom.vip', operator: 'equals', value: true };

      expect(parse(raw, createParseContext(catalogue)).issues).toEqual([]);
      expect(parse(raw).issues).toEqual([['UNKNOWN_FIELD', 'c.field']]);
    });
  });

  describe('when the field or operator is wrong', () => {
    it.each([
      ['a missing field', { operator: 'isSet' }, [['MISSING_PROPERTY', 'c.field']]],
      ['a field that is not a string', { field: 3, operator: 'isSet' }, [['UNKNOWN_FIELD', 'c.field']]],
      ['an unknown field', { field: 'ticket.prio', operator: 'isSet' }, [['UNKNOWN_FIELD', 'c.field']]],
      ['a missing operator', { field: 'ticket.subject', value: 'x' }, [['MISSING_PROPERTY', 'c.operator']]],
      ['an operator that is not a string', { field: 'ticket.subject', operator: ['equals'] }, [['UNKNOWN_OPERATOR', 'c.operator']]],
      ['an unknown operator', { field: 'ticket.subject', operator: 'like', value: 'x' }, [['UNKNOWN_OPERATOR', 'c.operator']]],
      ['an operator the field type forbids', { field: 'ticket.priority', operator: 'contains', value: 'hi' }, [['OPERATOR_NOT_ALLOWED', 'c.operator']]],
      ['an unknown key', { field: 'ticket.subject', operator: 'isSet', negate: true }, [['UNKNOWN_PROPERTY', 'c.negate']]],
      ['an unknown field and operator together', { field: 'x', operator: 'y' }, [['UNKNOWN_FIELD', 'c.field'], ['UNKNOWN_OPERATOR', 'c.operator']]],
    ])('reports %s', (_label, raw, expected) => {
      const { condition, issues } = parse(raw);

      expect(issues).toEqual(expected);
      expect(condition).toBeUndefined();
    });

    it.each([
      [{ field: 'ticket.prority', operator: 'isSet' }, 'unknown field "ticket.prority"; did you mean ticket.priority?'],
      [{ field: 'TICKET.SUBJECT', operator: 'isSet' }, 'unknown field "TICKET.SUBJECT"; did you mean ticket.subject?'],
      [{ field: 'weather', operator: 'isSet' }, 'unknown field "weather"'],
      [{ field: 'ticket.subject', operator: 'equal', value: 'x' }, 'unknown operator "equal"; did you mean equals?'],
      [{ field: 'ticket.subject', operator: 42 }, 'unknown operator'],
      [{ field: 'ticket.priority', operator: 'contains', value: 'x' }, 'ticket.priority (enum) allows only equals, notEquals, in, notIn, isSet, isNotSet'],
    ])('explains %j', (raw, message) => {
      expect(parse(raw).messages).toEqual([message]);
    });

    it('stops suggesting once its budget is spent, so hostile input stays cheap', () => {
      const ctx = createParseContext(DEFAULT_FIELD_CATALOGUE);
      ctx.suggestionsLeft = 0;

      expect(parse({ field: 'ticket.prority', operator: 'isSet' }, ctx).messages).toEqual(['unknown field "ticket.prority"']);
    });
  });

  describe('when the value does not fit the operator', () => {
    it.each([
      ['a value on isSet', { field: 'ticket.subject', operator: 'isSet', value: 'x' }, 'INVALID_VALUE'],
      ['no value on equals', { field: 'ticket.subject', operator: 'equals' }, 'MISSING_PROPERTY'],
      ['a value of the wrong type', { field: 'ticket.subject', operator: 'equals', value: 1 }, 'INVALID_VALUE'],
    ])('reports %s at .value', (_label, raw, code) => {
      expect(parse(raw).issues).toEqual([[code, 'c.value']]);
    });

    it('compiles patterns with the condition\'s ignoreCase, as the evaluator will', () => {
      const raw = { field: 'ticket.subject', operator: 'matches', value: '^refund$', ignoreCase: true };

      expect(parse(raw).condition).toEqual(raw);
    });
  });

  describe('when folding flags are misused', () => {
    it.each([
      ['ignoreCase that is not a boolean', { field: 'ticket.subject', operator: 'equals', value: 'x', ignoreCase: 'yes' }, 'c.ignoreCase'],
      ['ignoreAccents that is not a boolean', { field: 'ticket.subject', operator: 'equals', value: 'x', ignoreAccents: 1 }, 'c.ignoreAccents'],
      ['ignoreCase on a non-text operator', { field: 'ticket.createdAt', operator: 'isSet', ignoreCase: true }, 'c.ignoreCase'],
      ['ignoreCase on a non-text field type', { field: 'ticket.createdAt', operator: 'greaterThan', value: '2024-01-01', ignoreCase: false }, 'c.ignoreCase'],
      ['ignoreAccents on isSet of a string', { field: 'ticket.subject', operator: 'isNotSet', ignoreAccents: true }, 'c.ignoreAccents'],
    ])('reports %s as INVALID_VALUE', (_label, raw, path) => {
      const { condition, issues } = parse(raw);

      expect(issues).toEqual([['INVALID_VALUE', path]]);
      expect(condition).toBeUndefined();
    });
  });
});
