import { DEFAULT_FIELD_CATALOGUE, OPERATORS } from '@handoff/domain';
import fc from 'fast-check';
import { add, update, type RuleGroupType } from 'react-querybuilder';
import { fromBuilder, toBuilder, type BuilderGroup } from './condition-adapter';
import type { DraftCondition, DraftNode } from './draft-types';

/**
 * Draft trees as the editor can hold them: the domain's valid trees plus half-built ones (no
 * field yet, empty groups, values of the wrong type), since the adapter must carry both exactly.
 */
// JSON-representable numbers only (no NaN, infinities or -0): drafts travel as JSON.
const jsonNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
const scalarArbitrary = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), jsonNumber, fc.boolean(), fc.constant('2024-05-01T09:30:00Z'));
const conditionArbitrary: fc.Arbitrary<DraftCondition> = fc.record(
  {
    field: fc.constantFrom('', ...DEFAULT_FIELD_CATALOGUE.fields.map((f) => f.id)),
    operator: fc.constantFrom('', ...OPERATORS.map((o) => o.id)),
    value: fc.oneof(scalarArbitrary, fc.array(scalarArbitrary, { maxLength: 4 })),
    ignoreCase: fc.boolean(),
    ignoreAccents: fc.boolean(),
  },
  { requiredKeys: ['field', 'operator'], noNullPrototype: true },
);
const draftNodeArbitrary: fc.Arbitrary<DraftNode> = fc.letrec<{ node: DraftNode }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'node' },
    { weight: 3, arbitrary: conditionArbitrary },
    { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 4 }).map((all): DraftNode => ({ all })) },
    { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 4 }).map((any): DraftNode => ({ any })) },
    { weight: 1, arbitrary: tie('node').map((not): DraftNode => ({ not })) },
  ),
})).node;

const email: DraftCondition = { field: 'conversation.channel', operator: 'equals', value: 'email' };
const refund: DraftCondition = { field: 'conversation.messageText', operator: 'contains', value: 'refund', ignoreCase: true };

describe('condition adapter', () => {
  describe('when converting a domain tree to the builder', () => {
    it('maps all and any to the and / or combinators', () => {
      const group = toBuilder({ all: [email, { any: [refund] }] });
      expect(group).toMatchObject({ combinator: 'and', rules: [{ field: 'conversation.channel', operator: 'equals', value: 'email' }, { combinator: 'or', rules: [{ ignoreCase: true }] }] });
      expect(group).not.toHaveProperty('wrapper');
    });

    it('wraps a bare root condition in a wrapper group', () => {
      expect(toBuilder(email)).toMatchObject({ combinator: 'and', wrapper: true, rules: [{ field: 'conversation.channel' }] });
    });

    it('turns not of a group into that group negated, and not of a condition into a negated wrapper', () => {
      expect(toBuilder({ not: { any: [email, refund] } })).toMatchObject({ combinator: 'or', not: true, rules: [{}, {}] });
      expect(toBuilder({ not: { any: [email, refund] } })).not.toHaveProperty('wrapper');
      expect(toBuilder({ all: [{ not: email }] }).rules[0]).toMatchObject({ not: true, wrapper: true, rules: [{ value: 'email' }] });
    });

    it('marks a missing value as null and gives every item a unique id', () => {
      const group = toBuilder({ all: [{ field: 'contact.company', operator: 'isSet' }, { not: { all: [email] } }] });
      expect(group.rules[0]).toMatchObject({ value: null });
      const ids = [group.id, group.rules[0]?.id, group.rules[1]?.id, (group.rules[1] as RuleGroupType).rules[0]?.id];
      expect(new Set(ids).size).toBe(4);
    });
  });

  describe('when reading the builder back', () => {
    it('reads a wrapper group the admin added a second condition to as an ordinary group', () => {
      const withSecond = add(toBuilder(email), { field: 'contact.tier', operator: 'equals', value: 'premium' }, []) as BuilderGroup;
      expect(fromBuilder(withSecond)).toEqual({ all: [email, { field: 'contact.tier', operator: 'equals', value: 'premium' }] });
    });

    it('reads the NOT toggle on a single-condition root as not of that condition', () => {
      const negated = update(toBuilder(email), 'not', true, []) as BuilderGroup;
      expect(fromBuilder(negated)).toEqual({ not: email });
    });

    it('drops UI-only properties and unset folding flags', () => {
      const group: BuilderGroup = { id: 'g', combinator: 'or', not: false, rules: [{ id: 'r', field: 'contact.company', operator: 'isSet', value: null, valueSource: 'value', ignoreCase: undefined }] };
      expect(fromBuilder(group)).toStrictEqual({ any: [{ field: 'contact.company', operator: 'isSet' }] });
    });
  });

  describe('when round-tripping any draft tree', () => {
    it('gives back exactly the tree it was given', () => {
      fc.assert(
        fc.property(draftNodeArbitrary, (node) => {
          expect(fromBuilder(toBuilder(node))).toStrictEqual(node);
        }),
        { numRuns: 500 },
      );
    });

    it('survives the JSON round trip a stored builder query would take', () => {
      fc.assert(
        fc.property(draftNodeArbitrary, (node) => {
          expect(fromBuilder(JSON.parse(JSON.stringify(toBuilder(node))) as BuilderGroup)).toStrictEqual(node);
        }),
      );
    });
  });
});
