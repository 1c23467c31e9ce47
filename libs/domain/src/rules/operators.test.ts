import { ARBITRARY_FIELD_CATALOGUE } from '../testing/arbitraries';
import { compileRuleSet } from './compile-rule-set';
import { evaluateRuleSetReference } from './evaluate-rule-set-reference';
import { foldValue, prepareCondition } from './operators';
import { resolveFieldAccessor } from './read-field';
import type { Condition, RuleSet } from './rule-ast';
import type { RoutingFacts } from './routing-facts';

const MISSING = Symbol('missing');

/** Facts with `value` at the field's place (`ticket.subject`, `ticket.custom.seats`), or without it. */
function factsWith(field: string, value: unknown): RoutingFacts {
  const [entity = '', ...rest] = field.split('.');
  const record = (key: string): Record<string, unknown> => (value === MISSING ? {} : { [key]: value });
  const body = rest[0] === 'custom' ? { custom: record(rest[1] ?? '') } : record(rest[0] ?? '');
  return { [entity]: body } as RoutingFacts;
}

/** The condition's outcome from the reference interpreter, the compiled evaluator and its trace. */
function outcomes(condition: Condition, raw: unknown): { reference: boolean; compiled: boolean; traced: boolean } {
  const ruleSet: RuleSet = { formatVersion: 1, hitPolicy: 'firstMatch', fallback: [], rules: [{ id: 'r', name: 'r', enabled: true, when: condition, then: [] }] };
  const facts = factsWith(condition.field, raw);
  const compiled = compileRuleSet(ruleSet, ARBITRARY_FIELD_CATALOGUE);
  return {
    reference: !evaluateRuleSetReference(ruleSet, facts, ARBITRARY_FIELD_CATALOGUE).usedFallback,
    compiled: !compiled.evaluate(facts).usedFallback,
    traced: compiled.explain(facts).rules[0]?.nodes[0]?.result === true,
  };
}

type Row = [string, Omit<Condition, 'field'>, unknown, boolean];

const expectRows = (field: string) => (_: string, condition: Omit<Condition, 'field'>, raw: unknown, expected: boolean) => {
  const result = outcomes({ field, ...condition }, raw);
  expect(result).toEqual({ reference: expected, compiled: expected, traced: expected });
};

describe('operators', () => {
  describe('when comparing a string field', () => {
    it.each<Row>([
      ['equals: same text', { operator: 'equals', value: 'refund' }, 'refund', true],
      ['equals: other case', { operator: 'equals', value: 'refund' }, 'Refund', false],
      ['equals: missing', { operator: 'equals', value: 'refund' }, MISSING, false],
      ['equals: null', { operator: 'equals', value: 'refund' }, null, false],
      ['equals: a number', { operator: 'equals', value: '42' }, 42, false],
      ['equals "": an empty value, which is not set', { operator: 'equals', value: '' }, '', false],
      ['notEquals: other text', { operator: 'notEquals', value: 'refund' }, 'billing', true],
      ['notEquals: same text', { operator: 'notEquals', value: 'refund' }, 'refund', false],
      ['notEquals: missing', { operator: 'notEquals', value: 'refund' }, MISSING, true],
      ['notEquals: wrong type', { operator: 'notEquals', value: 'refund' }, 42, true],
      ['in: listed', { operator: 'in', value: ['a', 'b'] }, 'b', true],
      ['in: not listed', { operator: 'in', value: ['a', 'b'] }, 'c', false],
      ['in: missing', { operator: 'in', value: ['a', 'b'] }, MISSING, false],
      ['in: listed in a long list', { operator: 'in', value: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'f', true],
      ['in: missing, long list', { operator: 'in', value: ['a', 'b', 'c', 'd', 'e', 'f'] }, MISSING, false],
      ['in: "" listed, but "" is not set', { operator: 'in', value: ['', 'a'] }, '', false],
      ['notIn: missing', { operator: 'notIn', value: ['a'] }, MISSING, true],
      ['notIn: listed', { operator: 'notIn', value: ['a'] }, 'a', false],
      ['contains: substring', { operator: 'contains', value: 'fund' }, 'refund', true],
      ['contains: other case', { operator: 'contains', value: 'fund' }, 'REFUND', false],
      ['contains: missing', { operator: 'contains', value: 'fund' }, MISSING, false],
      ['contains "": any set text', { operator: 'contains', value: '' }, 'x', true],
      ['contains "": empty text', { operator: 'contains', value: '' }, '', false],
      ['notContains: missing', { operator: 'notContains', value: 'fund' }, MISSING, true],
      ['notContains: substring', { operator: 'notContains', value: 'fund' }, 'refund', false],
      ['startsWith: prefix', { operator: 'startsWith', value: 're' }, 'refund', true],
      ['startsWith: elsewhere', { operator: 'startsWith', value: 're' }, 'are', false],
      ['endsWith: suffix', { operator: 'endsWith', value: 'und' }, 'refund', true],
      ['endsWith: missing', { operator: 'endsWith', value: 'und' }, MISSING, false],
      ['matches: pattern', { operator: 'matches', value: '^re' }, 'refund', true],
      ['matches: no match', { operator: 'matches', value: '^re' }, 'are', false],
      ['matches: missing', { operator: 'matches', value: 'x*' }, MISSING, false],
      ['matches: empty text, though the pattern matches it', { operator: 'matches', value: 'x*' }, '', false],
      ['matches: ignoreCase', { operator: 'matches', value: '^re', ignoreCase: true }, 'REFUND', true],
      ['matches: accents kept', { operator: 'matches', value: '^ref' }, 'réfund', false],
      ['matches: ignoreAccents', { operator: 'matches', value: '^ref', ignoreAccents: true }, 'réfund', true],
      ['matches: ignoreCase and ignoreAccents', { operator: 'matches', value: '^REF', ignoreCase: true, ignoreAccents: true }, 'réfund', true],
      ['isSet: text', { operator: 'isSet' }, 'x', true],
      ['isSet: empty', { operator: 'isSet' }, '', false],
      ['isSet: wrong type', { operator: 'isSet' }, 42, false],
      ['isNotSet: missing', { operator: 'isNotSet' }, MISSING, true],
      ['isNotSet: text', { operator: 'isNotSet' }, 'x', false],
    ])('%s', expectRows('ticket.subject'));
  });

  describe('when folding text', () => {
    it.each<Row>([
      ['Finnish ä kept without folding', { operator: 'equals', value: 'pääsy' }, 'paasy', false],
      ['Finnish ä, ignoreCase', { operator: 'equals', value: 'pääsy', ignoreCase: true }, 'PÄÄSY', true],
      ['Finnish ä is a letter, not a decoration, under ignoreCase', { operator: 'equals', value: 'pääsy', ignoreCase: true }, 'PAASY', false],
      ['Finnish ä, ignoreAccents keeps case', { operator: 'equals', value: 'pääsy', ignoreAccents: true }, 'Paasy', false],
      ['Finnish ä, both', { operator: 'equals', value: 'pääsy', ignoreCase: true, ignoreAccents: true }, 'PAASY', true],
      ['Cyrillic, ignoreCase', { operator: 'equals', value: 'возврат', ignoreCase: true }, 'ВОЗВРАТ', true],
      ['Cyrillic, case kept', { operator: 'equals', value: 'возврат' }, 'ВОЗВРАТ', false],
      ['Greek final sigma, ignoreCase', { operator: 'equals', value: 'οδοσ', ignoreCase: true }, 'ΟΔΟΣ', true],
      ['Greek final sigma and tonos, both', { operator: 'equals', value: 'οδός', ignoreCase: true, ignoreAccents: true }, 'ΟΔΟΣ', true],
      ['Greek tonos kept under ignoreCase', { operator: 'equals', value: 'οδός', ignoreCase: true }, 'ΟΔΟΣ', false],
      ['German ß, ignoreCase', { operator: 'contains', value: 'STRASSE', ignoreCase: true }, 'Hauptstraße 5', true],
      ['full-width letters, ignoreCase', { operator: 'contains', value: 'refund', ignoreCase: true }, 'ＲＥＦＵＮＤ please', true],
      ['full-width letters, no folding', { operator: 'contains', value: 'refund' }, 'ＲＥＦＵＮＤ', false],
      ['combining accent, ignoreAccents', { operator: 'startsWith', value: 'cafe', ignoreAccents: true }, 'cafe\u0301 au lait', true],
      ['ASCII, ignoreAccents only keeps case', { operator: 'endsWith', value: 'FUND', ignoreAccents: true }, 'refund', false],
      ['in, folded', { operator: 'in', value: ['PÄÄSY', 'x'], ignoreCase: true }, 'pääsy', true],
      ['in, folded, long list', { operator: 'in', value: ['A', 'B', 'C', 'D', 'PÄÄSY'], ignoreCase: true }, 'pääsy', true],
      ['notIn, folded, missing', { operator: 'notIn', value: ['A'], ignoreCase: true }, MISSING, true],
      ['a value that folds to "", against a set text that folds to ""', { operator: 'equals', value: '\u0301', ignoreAccents: true }, '\u0301', true],
      ['a value that folds to "", against empty text', { operator: 'equals', value: '\u0301', ignoreAccents: true }, '', false],
    ])('%s', expectRows('ticket.subject'));
  });

  describe('when comparing an enum field', () => {
    it.each<Row>([
      ['equals', { operator: 'equals', value: 'high' }, 'high', true],
      ['equals, other case', { operator: 'equals', value: 'high' }, 'HIGH', false],
      ['equals, ignoreCase', { operator: 'equals', value: 'high', ignoreCase: true }, 'HIGH', true],
      ['in', { operator: 'in', value: ['high', 'urgent'] }, 'urgent', true],
      ['notIn, missing', { operator: 'notIn', value: ['high'] }, MISSING, true],
      ['isSet, wrong type', { operator: 'isSet' }, 3, false],
    ])('%s', expectRows('ticket.priority'));
  });

  describe('when comparing a number field', () => {
    it.each<Row>([
      ['equals', { operator: 'equals', value: 5 }, 5, true],
      ['equals, a numeric string', { operator: 'equals', value: 5 }, '5', false],
      ['equals, NaN', { operator: 'equals', value: 5 }, Number.NaN, false],
      ['notEquals, NaN is not set', { operator: 'notEquals', value: 5 }, Number.NaN, true],
      ['notEquals, same', { operator: 'notEquals', value: 5 }, 5, false],
      ['in', { operator: 'in', value: [1, 5] }, 5, true],
      ['in, long list', { operator: 'in', value: [1, 2, 3, 4, 5] }, 5, true],
      ['in, missing', { operator: 'in', value: [1, 2, 3, 4, 5] }, MISSING, false],
      ['notIn, missing', { operator: 'notIn', value: [1] }, MISSING, true],
      ['greaterThan, above', { operator: 'greaterThan', value: 5 }, 6, true],
      ['greaterThan, equal', { operator: 'greaterThan', value: 5 }, 5, false],
      ['greaterThan, missing', { operator: 'greaterThan', value: -5 }, MISSING, false],
      ['greaterThan, Infinity is not set', { operator: 'greaterThan', value: 5 }, Number.POSITIVE_INFINITY, false],
      ['greaterThanOrEqual, equal', { operator: 'greaterThanOrEqual', value: 5 }, 5, true],
      ['lessThan, below', { operator: 'lessThan', value: 5 }, 4.5, true],
      ['lessThan, missing', { operator: 'lessThan', value: 5 }, MISSING, false],
      ['lessThanOrEqual, equal', { operator: 'lessThanOrEqual', value: 5 }, 5, true],
      ['lessThanOrEqual, above', { operator: 'lessThanOrEqual', value: 5 }, 6, false],
      ['between, low end', { operator: 'between', value: [1, 5] }, 1, true],
      ['between, high end', { operator: 'between', value: [1, 5] }, 5, true],
      ['between, above', { operator: 'between', value: [1, 5] }, 6, false],
      ['between, below', { operator: 'between', value: [1, 5] }, 0, false],
      ['between, missing', { operator: 'between', value: [-5, 5] }, MISSING, false],
      ['isSet, zero', { operator: 'isSet' }, 0, true],
    ])('%s', expectRows('ticket.custom.seats'));
  });

  describe('when comparing a boolean field', () => {
    it.each<Row>([
      ['equals true', { operator: 'equals', value: true }, true, true],
      ['equals true, a string', { operator: 'equals', value: true }, 'true', false],
      ['equals false', { operator: 'equals', value: false }, false, true],
      ['equals false, missing', { operator: 'equals', value: false }, MISSING, false],
      ['notEquals true, missing', { operator: 'notEquals', value: true }, MISSING, true],
      ['isSet, false', { operator: 'isSet' }, false, true],
    ])('%s', expectRows('ticket.custom.vip'));
  });

  describe('when comparing a datetime field', () => {
    const at = '2024-05-01T09:30:00Z';
    const ms = Date.parse(at);
    it.each<Row>([
      ['greaterThan, epoch ms after', { operator: 'greaterThan', value: at }, ms + 1, true],
      ['greaterThan, ISO string after', { operator: 'greaterThan', value: at }, '2024-05-01T09:30:01Z', true],
      ['greaterThan, same instant', { operator: 'greaterThan', value: at }, ms, false],
      ['greaterThan, same instant in another zone', { operator: 'greaterThan', value: at }, '2024-05-01T12:30:00+03:00', false],
      ['greaterThan, not a date', { operator: 'greaterThan', value: at }, 'soon', false],
      ['greaterThanOrEqual, same instant', { operator: 'greaterThanOrEqual', value: at }, ms, true],
      ['lessThan, a date before', { operator: 'lessThan', value: '2024-05-01' }, '2024-04-30', true],
      ['lessThanOrEqual, missing', { operator: 'lessThanOrEqual', value: at }, MISSING, false],
      ['between, inside', { operator: 'between', value: ['2024-01-01', '2025-01-01T00:00:00.000Z'] }, ms, true],
      ['between, at the high end', { operator: 'between', value: ['2024-01-01', at] }, ms, true],
      ['between, after', { operator: 'between', value: ['2024-01-01', at] }, ms + 1, false],
      ['isSet, not a date', { operator: 'isSet' }, 'garbage', false],
      ['isNotSet, epoch zero', { operator: 'isNotSet' }, 0, false],
    ])('%s', expectRows('ticket.createdAt'));
  });

  describe('when comparing a string-list field', () => {
    it.each<Row>([
      ['hasAnyOf, one shared', { operator: 'hasAnyOf', value: ['vip', 'billing'] }, ['x', 'billing'], true],
      ['hasAnyOf, none shared', { operator: 'hasAnyOf', value: ['vip'] }, ['x'], false],
      ['hasAnyOf, empty list', { operator: 'hasAnyOf', value: ['vip'] }, [], false],
      ['hasAnyOf, missing', { operator: 'hasAnyOf', value: ['vip'] }, MISSING, false],
      ['hasAnyOf, non-strings dropped', { operator: 'hasAnyOf', value: ['vip'] }, [3, 'vip', null], true],
      ['hasAnyOf, not a list', { operator: 'hasAnyOf', value: ['vip'] }, 'vip', false],
      ['hasAnyOf, ignoreCase', { operator: 'hasAnyOf', value: ['VIP'], ignoreCase: true }, ['vip'], true],
      ['hasAllOf, all present', { operator: 'hasAllOf', value: ['vip', 'billing'] }, ['billing', 'x', 'vip'], true],
      ['hasAllOf, one absent', { operator: 'hasAllOf', value: ['vip', 'billing'] }, ['vip'], false],
      ['hasAllOf, duplicates count once', { operator: 'hasAllOf', value: ['vip', 'vip'] }, ['vip'], true],
      ['hasAllOf, folded', { operator: 'hasAllOf', value: ['pääsy'], ignoreCase: true, ignoreAccents: true }, ['PAASY'], true],
      ['hasNoneOf, empty list', { operator: 'hasNoneOf', value: ['vip'] }, [], true],
      ['hasNoneOf, missing', { operator: 'hasNoneOf', value: ['vip'] }, MISSING, true],
      ['hasNoneOf, shared', { operator: 'hasNoneOf', value: ['vip'] }, ['vip'], false],
      ['isSet, items', { operator: 'isSet' }, ['x'], true],
      ['isSet, only non-strings', { operator: 'isSet' }, [3], false],
      ['isNotSet, empty', { operator: 'isNotSet' }, [], true],
    ])('%s', expectRows('ticket.tags'));
  });

  describe('when reading a custom property named like a prototype property', () => {
    it.each<Row>([
      ['isSet, absent', { operator: 'isSet' }, MISSING, false],
      ['isSet, own', { operator: 'isSet' }, 'ACME', true],
      ['notEquals, absent', { operator: 'notEquals', value: 'ACME' }, MISSING, true],
    ])('%s', expectRows('contact.custom.constructor'));
  });
});

describe('foldValue', () => {
  it.each<[string | readonly string[], Parameters<typeof foldValue>[1], string | readonly string[]]>([
    ['ABC', 'case', 'abc'],
    ['ABC', 'accents', 'ABC'],
    ['ÁBC', 'caseAndAccents', 'abc'],
    [['Ä', 'B'], 'case', ['ä', 'b']],
  ])('folds %p by %s to %p', (value, key, expected) => {
    expect(foldValue(value, key)).toEqual(expected);
  });
});

describe('prepareCondition', () => {
  describe('when the condition would not pass the parser', () => {
    it.each<[string, string, Omit<Condition, 'field'>, string]>([
      ['an operator the type does not allow', 'ticket.custom.vip', { operator: 'contains', value: 'x' }, 'not allowed'],
      ['a number for a string', 'ticket.subject', { operator: 'equals', value: 5 }, 'expected a string'],
      ['a string for a number', 'ticket.custom.seats', { operator: 'equals', value: '5' }, 'expected a finite number'],
      ['a string for a boolean', 'ticket.custom.vip', { operator: 'equals', value: 'true' }, 'expected a boolean'],
      ['an unparseable datetime', 'ticket.createdAt', { operator: 'lessThan', value: 'soon' }, 'expected a finite number'],
      ['a scalar for a list', 'ticket.subject', { operator: 'in', value: 'x' }, 'expected a list'],
      ['a range of one', 'ticket.custom.seats', { operator: 'between', value: [1] }, 'between needs'],
      ['a text list on hasAnyOf with a number', 'ticket.tags', { operator: 'hasAnyOf', value: [1] }, 'expected a string'],
      ['an unsafe pattern', 'ticket.subject', { operator: 'matches', value: '(' }, 'invalid pattern'],
    ])('throws on %s', (_, field, condition, message) => {
      const accessor = resolveFieldAccessor(field, ARBITRARY_FIELD_CATALOGUE);
      expect(() => prepareCondition({ field, ...condition }, accessor)).toThrow(message);
    });
  });
});
