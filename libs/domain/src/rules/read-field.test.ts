import { createFieldCatalogue, DEFAULT_FIELD_CATALOGUE, type FieldCatalogue } from './field-catalogue';
import { coerceFieldValue, isSetValue, readField, resolveFieldAccessor, type FieldValue } from './read-field';
import type { FieldType } from './rule-ast';
import type { RoutingFacts } from './routing-facts';

const catalogue = createFieldCatalogue([
  { entity: 'ticket', key: 'seats', label: 'Seats', type: 'number' },
  { entity: 'contact', key: 'constructor', label: 'Constructor', type: 'string' },
]);

describe('resolveFieldAccessor', () => {
  describe('when the field is in the catalogue', () => {
    it.each([
      ['ticket.subject', { entity: 'ticket', key: 'subject', custom: false, type: 'string' }],
      ['ticket.custom.seats', { entity: 'ticket', key: 'seats', custom: true, type: 'number' }],
      ['contact.custom.constructor', { entity: 'contact', key: 'constructor', custom: true, type: 'string' }],
    ])('resolves %s', (id, expected) => {
      expect(resolveFieldAccessor(id, catalogue)).toEqual({ id, ...expected });
    });
  });

  describe('when the rule set was not validated against the catalogue', () => {
    it('throws on an unknown field', () => {
      expect(() => resolveFieldAccessor('ticket.custom.seats', DEFAULT_FIELD_CATALOGUE)).toThrow('unknown field');
    });

    it.each([
      ['an id outside its entity', { id: 'contact.subject', entity: 'ticket' as const }],
      ['an id with nothing after the entity', { id: 'ticket.', entity: 'ticket' as const }],
    ])('throws on %s', (_, field) => {
      const broken: FieldCatalogue = { fields: [], byId: new Map([[field.id, { ...field, label: 'x', type: 'string' as const }]]) };
      expect(() => resolveFieldAccessor(field.id, broken)).toThrow('does not match its entity');
    });
  });
});

describe('coerceFieldValue', () => {
  describe('when the value has the field type', () => {
    it.each<[FieldType, unknown, FieldValue]>([
      ['string', 'refund', 'refund'],
      ['string', '', ''],
      ['enum', 'high', 'high'],
      ['number', 0, 0],
      ['number', -2.5, -2.5],
      ['boolean', false, false],
      ['datetime', 1714521600000, 1714521600000],
      ['datetime', '2024-05-01T00:00:00Z', 1714521600000],
      ['datetime', '2024-05-01T03:00:00+03:00', 1714521600000],
      ['stringList', ['a', 'b'], ['a', 'b']],
      ['stringList', [], []],
    ])('keeps a %s %p as %p', (type, raw, expected) => {
      expect(coerceFieldValue(raw, type)).toEqual(expected);
    });

    it('returns a list of strings itself, without copying', () => {
      const list = ['a', 'b'];
      expect(coerceFieldValue(list, 'stringList')).toBe(list);
    });
  });

  describe('when the value has the wrong type', () => {
    it.each<[FieldType, unknown, FieldValue]>([
      ['string', 42, undefined],
      ['string', null, undefined],
      ['enum', ['high'], undefined],
      ['number', '5', undefined],
      ['number', Number.NaN, undefined],
      ['number', Number.POSITIVE_INFINITY, undefined],
      ['boolean', 'true', undefined],
      ['boolean', 0, undefined],
      ['datetime', 'not a date', undefined],
      ['datetime', Number.NaN, undefined],
      ['datetime', true, undefined],
      ['stringList', 'vip', undefined],
      ['stringList', ['vip', 3, null, 'x'], ['vip', 'x']],
    ])('reads a %s %p as %p', (type, raw, expected) => {
      expect(coerceFieldValue(raw, type)).toEqual(expected);
    });
  });
});

describe('readField', () => {
  const read = (id: string, facts: unknown): FieldValue => readField(facts as RoutingFacts, resolveFieldAccessor(id, catalogue));

  describe('when reading built-in fields', () => {
    it.each<[string, unknown, FieldValue]>([
      ['present', { ticket: { subject: 'Refund' } }, 'Refund'],
      ['missing', { ticket: {} }, undefined],
      ['under a null entity', { ticket: null }, undefined],
      ['under a missing entity', {}, undefined],
      ['under an entity that is a string', { ticket: 'subject' }, undefined],
    ])('reads a value %s', (_, facts, expected) => {
      expect(read('ticket.subject', facts)).toEqual(expected);
    });
  });

  describe('when reading custom properties', () => {
    it.each<[string, unknown, FieldValue]>([
      ['an own property', { contact: { custom: { constructor: 'ACME' } } }, 'ACME'],
      ['a key only the prototype has', { contact: { custom: {} } }, undefined],
      ['a custom record that is an array', { contact: { custom: ['ACME'] } }, undefined],
      ['a custom record that is a string', { contact: { custom: 'ACME' } }, undefined],
      ['a null custom record', { contact: { custom: null } }, undefined],
      ['a missing entity', {}, undefined],
    ])('reads %s', (_, facts, expected) => {
      expect(read('contact.custom.constructor', facts)).toEqual(expected);
    });

    it('coerces them by type', () => {
      expect(read('ticket.custom.seats', { ticket: { custom: { seats: '5' } } })).toBeUndefined();
    });

    it('never reads __proto__ through the prototype', () => {
      const proto: FieldCatalogue = {
        fields: [],
        byId: new Map([['ticket.custom.__proto__', { id: 'ticket.custom.__proto__', entity: 'ticket', label: 'p', type: 'string', custom: true }]]),
      };
      const accessor = resolveFieldAccessor('ticket.custom.__proto__', proto);

      const inherited = readField({ ticket: { custom: {} } }, accessor);
      const own = readField(JSON.parse('{"ticket":{"custom":{"__proto__":"own"}}}') as RoutingFacts, accessor);

      expect([inherited, own]).toEqual([undefined, 'own']);
    });
  });
});

describe('isSetValue', () => {
  it.each<[FieldValue, boolean]>([
    [undefined, false],
    ['', false],
    [[], false],
    ['x', true],
    [0, true],
    [false, true],
    [['x'], true],
  ])('tells %p is set: %p', (value, expected) => {
    expect(isSetValue(value)).toBe(expected);
  });
});
