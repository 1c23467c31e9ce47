import fc from 'fast-check';
import { createFieldCatalogue, DEFAULT_FIELD_CATALOGUE, type CustomPropertyDefinition, type FieldCatalogue, type FieldDefinition } from '../rules/field-catalogue';
import { OPERATORS_BY_FIELD_TYPE, OPERATORS_BY_ID } from '../rules/operator-catalogue';
import type { RoutingFacts } from '../rules/routing-facts';
import {
  ASSIGNMENT_STRATEGIES,
  DESTINATIONS,
  PRIORITIES,
  RULE_SET_FORMAT_VERSION,
  type Action,
  type Condition,
  type ConditionNode,
  type ConditionScalar,
  type ConditionValue,
  type Rule,
  type RuleSet,
} from '../rules/rule-ast';

/**
 * Generators for property tests. Rule sets are valid (they parse to themselves). Facts draw on
 * the same small pools of words (in other cases, accents and widths), numbers and instants as
 * the rules, and on a given rule set's own values, so conditions hit often; missing, null and
 * wrongly typed values are mixed in.
 */

/** Custom properties of every type, including a key that shadows a prototype property (`constructor`). */
export const ARBITRARY_CUSTOM_PROPERTIES: readonly CustomPropertyDefinition[] = [
  { entity: 'ticket', key: 'plan', label: 'Plan', type: 'enum', options: ['basic', 'pro', 'Pro'] },
  { entity: 'ticket', key: 'seats', label: 'Seats', type: 'number' },
  { entity: 'ticket', key: 'vip', label: 'VIP', type: 'boolean' },
  { entity: 'ticket', key: 'products', label: 'Products', type: 'stringList' },
  { entity: 'contact', key: 'constructor', label: 'Constructor', type: 'string' },
  { entity: 'contact', key: 'renewsAt', label: 'Renews at', type: 'datetime' },
];

/** The built-in fields plus `ARBITRARY_CUSTOM_PROPERTIES`. */
export const ARBITRARY_FIELD_CATALOGUE: FieldCatalogue = createFieldCatalogue(ARBITRARY_CUSTOM_PROPERTIES);

// Shared by rules and facts: a few words, each in several spellings, so folding decides outcomes.
const WORD_FAMILIES: readonly (readonly string[])[] = [
  ['refund', 'Refund', 'REFUND', 'ｒｅｆｕｎｄ'],
  ['pääsy', 'PÄÄSY', 'paasy', 'Paasy'],
  ['возврат', 'ВОЗВРАТ', 'Возврат'],
  ['οδός', 'ΟΔΟΣ', 'οδοσ'],
  ['café', 'CAFE', 'cafe\u0301'],
  ['straße', 'STRASSE'],
  ['', '\u0301'],
];
const NUMBERS = [-1, 0, 1, 2.5, 5, 10, 100];
const DATETIMES = ['2024-01-01', '2024-05-01T09:30:00Z', '2024-05-01T12:00:00+03:00', '2025-01-01T00:00:00.000Z'];
const PATTERNS = ['^re', 'und$', 'p[aä]+sy', 'fund|ВОЗ', '[0-9]+', '^$', 'caf', 'ο.ός', 'x*', 'STRASSE'];

const wordArbitrary = fc.constantFrom(...WORD_FAMILIES).chain((family) => fc.constantFrom(...family));
const textArbitrary = fc.oneof(
  { weight: 6, arbitrary: wordArbitrary },
  { weight: 3, arbitrary: fc.tuple(wordArbitrary, wordArbitrary).map(([a, b]) => `${a} ${b}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const numberArbitrary = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...NUMBERS) }, { weight: 1, arbitrary: fc.integer({ min: -5, max: 200 }) });

function scalarArbitrary(field: FieldDefinition): fc.Arbitrary<ConditionScalar> {
  switch (field.type) {
    case 'string':
    case 'stringList':
      return textArbitrary;
    case 'enum':
      return fc.constantFrom(...(field.options ?? ['']));
    case 'number':
      return numberArbitrary;
    case 'boolean':
      return fc.boolean();
    case 'datetime':
      return fc.constantFrom(...DATETIMES);
  }
}

function valueArbitrary(field: FieldDefinition, shape: string): fc.Arbitrary<ConditionValue | undefined> {
  const scalar = scalarArbitrary(field);
  switch (shape) {
    case 'scalar':
      return scalar;
    case 'list':
      return fc.array(scalar, { minLength: 1, maxLength: 6 });
    case 'range':
      return fc.tuple(scalar, scalar).map(([a, b]) => (instant(a) <= instant(b) ? [a, b] : [b, a]));
    case 'pattern':
      return fc.constantFrom(...PATTERNS);
    default:
      return fc.constant(undefined);
  }
}

const instant = (value: ConditionScalar): number => (typeof value === 'string' ? Date.parse(value) : Number(value));

function conditionArbitrary(catalogue: FieldCatalogue): fc.Arbitrary<Condition> {
  return fc.constantFrom(...catalogue.fields).chain((field) =>
    fc.constantFrom(...OPERATORS_BY_FIELD_TYPE[field.type]).chain((operator) => {
      const definition = OPERATORS_BY_ID.get(operator);
      const foldable = definition?.text === true && ['string', 'enum', 'stringList'].includes(field.type);
      const flag = foldable ? fc.option(fc.boolean(), { nil: undefined }) : fc.constant(undefined);
      return fc.record({ value: valueArbitrary(field, definition?.valueShape ?? 'none'), ignoreCase: flag, ignoreAccents: flag }).map(
        ({ value, ignoreCase, ignoreAccents }): Condition => ({
          field: field.id,
          operator,
          ...(value === undefined ? {} : { value }),
          ...(ignoreCase === undefined ? {} : { ignoreCase }),
          ...(ignoreAccents === undefined ? {} : { ignoreAccents }),
        }),
      );
    }),
  );
}

/** A valid condition tree over `catalogue`, groups nested at most four deep. */
export function conditionNodeArbitrary(catalogue: FieldCatalogue = DEFAULT_FIELD_CATALOGUE): fc.Arbitrary<ConditionNode> {
  const condition = conditionArbitrary(catalogue);
  const { node } = fc.letrec<{ node: ConditionNode }>((tie) => ({
    node: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'node' },
      { weight: 3, arbitrary: condition },
      { weight: 1, arbitrary: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((all) => ({ all })) },
      { weight: 1, arbitrary: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((any) => ({ any })) },
      { weight: 1, arbitrary: tie('node').map((not) => ({ not })) },
    ),
  }));
  return node;
}

/** A valid action of any type. */
export const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom('u1', 'u2').map((userId): Action => ({ type: 'assignUser', userId })),
  fc.record({ teamId: fc.constantFrom('t1', 't2'), strategy: fc.option(fc.constantFrom(...ASSIGNMENT_STRATEGIES), { nil: undefined }) }).map(
    ({ teamId, strategy }): Action => ({ type: 'assignTeam', teamId, ...(strategy === undefined ? {} : { strategy }) }),
  ),
  fc.constantFrom(...PRIORITIES).map((priority): Action => ({ type: 'setPriority', priority })),
  fc.array(fc.constantFrom('vip', 'billing', 'pääsy'), { minLength: 1, maxLength: 3 }).map((tags): Action => ({ type: 'addTags', tags })),
  fc.constantFrom(...DESTINATIONS).map((destination): Action => ({ type: 'setDestination', destination })),
  fc.constantFrom('Hello', 'Hei!').map((message): Action => ({ type: 'sendMessage', message })),
);

/** A rule set from `ruleSetArbitrary` with facts for it from `factsArbitrary`. */
export function ruleSetWithFactsArbitrary(
  catalogue: FieldCatalogue = ARBITRARY_FIELD_CATALOGUE,
  sizes: { readonly minRules?: number; readonly maxRules?: number; readonly maxFacts?: number } = {},
): fc.Arbitrary<readonly [RuleSet, readonly RoutingFacts[]]> {
  return ruleSetArbitrary(catalogue, sizes).chain((ruleSet) =>
    fc.tuple(fc.constant(ruleSet), fc.array(factsArbitrary(catalogue, ruleSet), { minLength: 1, maxLength: sizes.maxFacts ?? 4 })),
  );
}

/** A valid rule set (unique ids, non-empty groups and lists, allowed operators, well-typed values) over `catalogue`. */
export function ruleSetArbitrary(
  catalogue: FieldCatalogue = DEFAULT_FIELD_CATALOGUE,
  { minRules = 0, maxRules = 8 }: { readonly minRules?: number; readonly maxRules?: number } = {},
): fc.Arbitrary<RuleSet> {
  const rule = fc.record({
    name: fc.constantFrom('Billing', 'VIP', 'Finnish'),
    enabled: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    stop: fc.option(fc.boolean(), { nil: undefined }),
    when: conditionNodeArbitrary(catalogue),
    then: fc.array(actionArbitrary, { maxLength: 3 }),
  });
  return fc
    .record({
      hitPolicy: fc.constantFrom('firstMatch' as const, 'collectAll' as const),
      rules: fc.array(rule, { minLength: minRules, maxLength: maxRules }),
      fallback: fc.array(actionArbitrary, { maxLength: 2 }),
    })
    .map(({ hitPolicy, rules, fallback }) => ({
      formatVersion: RULE_SET_FORMAT_VERSION,
      hitPolicy,
      rules: rules.map(({ stop, ...rest }, i): Rule => ({ id: `rule-${i}`, ...rest, ...(stop === undefined ? {} : { stop }) })),
      fallback,
    }));
}

// Values of the wrong type for any field, so every coercion path is exercised.
const WRONG = fc.constantFrom<unknown>(null, undefined, 42, Number.NaN, Number.POSITIVE_INFINITY, 'not a date', true, {}, [], ['x', 3, null]);

/** Mostly `usual`, sometimes a value of the wrong type. */
const orWrong = (usual: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof({ weight: 8, arbitrary: usual }, { weight: 1, arbitrary: WRONG });

function factArbitrary(field: FieldDefinition, hits: readonly unknown[] | undefined): fc.Arbitrary<unknown> {
  const usual = usualFactArbitrary(field);
  if (hits === undefined || hits.length === 0) return usual;
  // For lists, also every value at once, so hasAllOf can hold.
  const hit =
    field.type === 'stringList'
      ? fc.oneof(fc.array(fc.oneof(fc.constantFrom(...hits), wordArbitrary), { minLength: 1, maxLength: 3 }), fc.constant(hits))
      : fc.constantFrom(...hits);
  return fc.oneof({ weight: 3, arbitrary: hit }, { weight: 2, arbitrary: usual });
}

function usualFactArbitrary(field: FieldDefinition): fc.Arbitrary<unknown> {
  switch (field.type) {
    case 'string':
      return orWrong(textArbitrary);
    case 'enum': {
      const option = fc.constantFrom(...(field.options ?? ['']));
      return orWrong(fc.oneof({ weight: 4, arbitrary: option }, { weight: 1, arbitrary: option.map((o) => o.toUpperCase()) }));
    }
    case 'number':
      return orWrong(numberArbitrary);
    case 'boolean':
      return orWrong(fc.boolean());
    case 'datetime':
      return orWrong(
        fc.oneof(
          fc.constantFrom(...DATETIMES).map(Date.parse),
          fc.constantFrom(...DATETIMES),
          fc.integer({ min: Date.parse('2023-06-01'), max: Date.parse('2025-06-01') }),
        ),
      );
    case 'stringList':
      return orWrong(
        fc.oneof({ weight: 6, arbitrary: fc.array(wordArbitrary, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.array(fc.oneof(wordArbitrary, WRONG), { maxLength: 3 }) }),
      );
  }
}

type Hits = ReadonlyMap<string, readonly unknown[]>;

/** Values that make a rule set's conditions true or nearly so, by field: its constants, re-spelled, bracketed, nudged. */
function hitsOf(ruleSet: RuleSet): Hits {
  const hits = new Map<string, unknown[]>();
  const visit = (node: ConditionNode): void => {
    if ('all' in node) node.all.forEach(visit);
    else if ('any' in node) node.any.forEach(visit);
    else if ('not' in node) visit(node.not);
    else {
      const values = Array.isArray(node.value) ? node.value : node.value === undefined ? [] : [node.value];
      const list = hits.get(node.field) ?? [];
      for (const value of values as readonly ConditionScalar[]) list.push(...variantsOf(value));
      hits.set(node.field, list);
    }
  };
  ruleSet.rules.forEach((rule) => visit(rule.when));
  return hits;
}

function variantsOf(value: ConditionScalar): readonly unknown[] {
  if (typeof value === 'number') return [value, value + 1, value - 1];
  if (typeof value === 'boolean') return [value];
  const instant = DATETIMES.includes(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isNaN(instant)) return [value, instant, instant + 1, instant - 1];
  return [value, value.toUpperCase(), value.toLowerCase(), `x ${value}`, `${value} x`];
}

/** A record of some of `fields`, keyed by `keyOf`; a key is left out now and then. */
function recordArbitrary(fields: readonly FieldDefinition[], keyOf: (field: FieldDefinition) => string, hits: Hits): fc.Arbitrary<Record<string, unknown>> {
  const entries = fields.map((field) => fc.option(factArbitrary(field, hits.get(field.id)).map((value) => [keyOf(field), value] as const), { nil: undefined, freq: 6 }));
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter((pair) => pair !== undefined)));
}

const ENTITIES = ['ticket', 'conversation', 'contact', 'channel'] as const;

/**
 * Facts for the fields of `catalogue`, biased toward the constants `ruleSetArbitrary` uses (the
 * same words in other spellings, enum options, numbers and instants) and, given `ruleSet`, toward
 * its own values (re-spelled, inside longer text, one off), with missing entities, missing keys,
 * null and wrongly typed values mixed in.
 */
export function factsArbitrary(catalogue: FieldCatalogue = ARBITRARY_FIELD_CATALOGUE, ruleSet?: RuleSet): fc.Arbitrary<RoutingFacts> {
  const hits = ruleSet === undefined ? new Map() : hitsOf(ruleSet);
  const entity = (name: (typeof ENTITIES)[number]): fc.Arbitrary<unknown> => {
    const fields = catalogue.fields.filter((f) => f.entity === name);
    const builtIn = recordArbitrary(fields.filter((f) => f.custom !== true), (f) => f.id.slice(name.length + 1), hits);
    const custom = fields.some((f) => f.custom === true)
      ? orWrong(recordArbitrary(fields.filter((f) => f.custom === true), (f) => f.id.slice(`${name}.custom.`.length), hits))
      : fc.constant(undefined);
    const record = fc.tuple(builtIn, custom).map(([props, customProps]) => (customProps === undefined ? props : { ...props, custom: customProps }));
    return fc.oneof({ weight: 8, arbitrary: record }, { weight: 1, arbitrary: fc.constantFrom(null, undefined, 'not a record') });
  };
  const facts = fc.tuple(...ENTITIES.map(entity)).map((records) =>
    Object.fromEntries(ENTITIES.flatMap((name, i) => (records[i] === undefined ? [] : [[name, records[i]]]))),
  );
  // Facts arrive from outside, so wrong types are the point: the cast only silences the compiler.
  return facts as unknown as fc.Arbitrary<RoutingFacts>;
}
