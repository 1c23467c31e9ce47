import fc from 'fast-check';
import type { Issue, IssueCode } from '../shared/issue';
import { ARBITRARY_FIELD_CATALOGUE, ruleSetArbitrary } from '../testing/arbitraries';
import { createFieldCatalogue } from './field-catalogue';
import { parseRuleSet } from './parse-rule-set';
import type { RuleSet } from './rule-ast';
import { RULE_LIMITS } from './rule-limits';

const condition = { field: 'ticket.priority', operator: 'equals', value: 'urgent' };
const rule = (id: string, extra: object = {}) => ({ id, name: `Rule ${id}`, enabled: true, when: condition, then: [{ type: 'assignUser', userId: 'u1' }], ...extra });
const ruleSet = (extra: object = {}) => ({ formatVersion: 1, hitPolicy: 'firstMatch', rules: [rule('r0')], fallback: [], ...extra });

const issuesOf = (input: unknown): Issue[] => {
  const result = parseRuleSet(input);
  return result.ok ? [] : result.error;
};
const codesOf = (input: unknown) => issuesOf(input).map((i) => [i.code, i.path]);

/** Every object and array reachable from `value`. */
const containersOf = (value: unknown, into = new Set<object>()): Set<object> => {
  if (typeof value === 'object' && value !== null && !into.has(value)) {
    into.add(value);
    for (const child of Object.values(value)) containersOf(child, into);
  }
  return into;
};

const jsonCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// One UTF-16 code unit per character (lone surrogates included), so maxLength bounds `.length`.
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** A valid rule set with names and ids drawn widely (the shared arbitrary uses a few fixed ones). */
const variedRuleSetArbitrary: fc.Arbitrary<RuleSet> = ruleSetArbitrary(ARBITRARY_FIELD_CATALOGUE).chain((set) =>
  fc
    .tuple(
      fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), { minLength: set.rules.length, maxLength: set.rules.length }),
      fc.array(fc.string({ unit: utf16Unit, minLength: 1, maxLength: RULE_LIMITS.maxNameLength }), { minLength: set.rules.length, maxLength: set.rules.length }),
    )
    .map(([ids, names]) => ({ ...set, rules: set.rules.map((r, i) => ({ ...r, id: ids[i] ?? r.id, name: names[i] ?? r.name })) })),
);

const KNOWN_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'INVALID_TYPE', 'MISSING_PROPERTY', 'UNKNOWN_PROPERTY', 'INVALID_ID', 'DUPLICATE_ID', 'UNKNOWN_FIELD', 'UNKNOWN_OPERATOR',
  'OPERATOR_NOT_ALLOWED', 'INVALID_VALUE', 'INVALID_RANGE', 'EMPTY_GROUP', 'EMPTY_LIST', 'INVALID_REGEX', 'LIMIT_EXCEEDED',
  'UNKNOWN_ACTION', 'INVALID_ACTION', 'UNSUPPORTED_VERSION',
]);
const expectWellFormedResult = (input: unknown): void => {
  const result = parseRuleSet(input, ARBITRARY_FIELD_CATALOGUE);
  if (result.ok) {
    expect(parseRuleSet(jsonCopy(result.value), ARBITRARY_FIELD_CATALOGUE)).toEqual(result);
  } else {
    expect(result.error.length).toBeGreaterThan(0);
    for (const found of result.error) expect(KNOWN_CODES.has(found.code) && found.message.length > 0).toBe(true);
  }
};

describe('parseRuleSet', () => {
  describe('when the rule set is valid', () => {
    it('returns an equal, fresh copy sharing no object with the input', () => {
      const input = ruleSet({ hitPolicy: 'collectAll', rules: [rule('a', { stop: true }), rule('b')], fallback: [{ type: 'setDestination', destination: 'inbox' }] });

      const result = parseRuleSet(input);

      expect(result).toEqual({ ok: true, value: input });
      const shared = [...containersOf(result.ok ? result.value : null)].filter((o) => containersOf(input).has(o));
      expect(shared).toEqual([]);
    });

    it('accepts an empty rule list and an empty fallback', () => {
      expect(parseRuleSet(ruleSet({ rules: [] })).ok).toBe(true);
    });

    it('uses the catalogue it is given', () => {
      const catalogue = createFieldCatalogue([{ entity: 'ticket', key: 'seats', label: 'Seats', type: 'number' }]);
      const input = ruleSet({ rules: [rule('r', { when: { field: 'ticket.custom.seats', operator: 'between', value: [1, 10] } })] });

      expect(parseRuleSet(input, catalogue).ok).toBe(true);
      expect(codesOf(input)).toEqual([['UNKNOWN_FIELD', 'rules[0].when.field']]);
    });

    it('round-trips through JSON: parse(serialize(x)) equals x', () => {
      fc.assert(
        fc.property(variedRuleSetArbitrary, (set) => {
          expect(parseRuleSet(jsonCopy(set), ARBITRARY_FIELD_CATALOGUE)).toEqual({ ok: true, value: set });
        }),
      );
    });

    it('is idempotent and shares nothing with its input', () => {
      fc.assert(
        fc.property(ruleSetArbitrary(ARBITRARY_FIELD_CATALOGUE), (set) => {
          const first = parseRuleSet(set, ARBITRARY_FIELD_CATALOGUE);
          const second = parseRuleSet(first.ok ? first.value : null, ARBITRARY_FIELD_CATALOGUE);

          expect(second).toEqual(first);
          const inputs = containersOf(set);
          expect([...containersOf(first.ok ? first.value : null)].some((o) => inputs.has(o))).toBe(false);
        }),
      );
    });
  });

  describe('when the root is wrong', () => {
    it.each([
      ['a non-object', 'rules', [['INVALID_TYPE', '']]],
      ['an array', [], [['INVALID_TYPE', '']]],
      ['null', null, [['INVALID_TYPE', '']]],
      ['an empty object', {}, [['UNSUPPORTED_VERSION', 'formatVersion'], ...['hitPolicy', 'rules', 'fallback'].map((k) => ['MISSING_PROPERTY', k])]],
      ['version 2', ruleSet({ formatVersion: 2 }), [['UNSUPPORTED_VERSION', 'formatVersion']]],
      ['version "1"', ruleSet({ formatVersion: '1' }), [['UNSUPPORTED_VERSION', 'formatVersion']]],
      ['an unknown hit policy', ruleSet({ hitPolicy: 'first' }), [['INVALID_VALUE', 'hitPolicy']]],
      ['rules that are not a list', ruleSet({ rules: {} }), [['INVALID_TYPE', 'rules']]],
      ['a fallback that is not a list', ruleSet({ fallback: 'inbox' }), [['INVALID_TYPE', 'fallback']]],
      ['a bad fallback action', ruleSet({ fallback: [{ type: 'setDestination', destination: 'void' }] }), [['INVALID_VALUE', 'fallback[0].destination']]],
      ['a typo in a top-level key', ruleSet({ fallbak: [] }), [['UNKNOWN_PROPERTY', 'fallbak']]],
    ])('reports %s', (_label, input, expected) => {
      expect(codesOf(input)).toEqual(expected);
    });

    it.each([
      ['an unsupported version', ruleSet({ formatVersion: 2 }), 'formatVersion must be 1'],
      ['an unknown hit policy', ruleSet({ hitPolicy: 'all' }), 'expected one of firstMatch, collectAll'],
      ['too many rules', ruleSet({ rules: Array.from({ length: RULE_LIMITS.maxRules + 1 }, (_, i) => rule(`r${i}`)) }), `a rule set has at most ${RULE_LIMITS.maxRules} rules`],
    ])('explains %s', (_label, input, message) => {
      expect(issuesOf(input).map((i) => i.message)).toEqual([message]);
    });
  });

  describe('when rules collide or break limits', () => {
    it('reports each repeated id at the later rule', () => {
      const input = ruleSet({ rules: [rule('a'), rule('b'), rule('a'), rule('a')] });

      expect(codesOf(input)).toEqual([['DUPLICATE_ID', 'rules[2].id'], ['DUPLICATE_ID', 'rules[3].id']]);
    });

    it.each([
      ['maxRules rules', RULE_LIMITS.maxRules, []],
      ['one rule more', RULE_LIMITS.maxRules + 1, [['LIMIT_EXCEEDED', 'rules']]],
    ])('with %s reports the excess at rules', (_label, count, expected) => {
      const input = ruleSet({ rules: Array.from({ length: count }, (_, i) => rule(`r${i}`)) });

      expect(codesOf(input)).toEqual(expected);
    });

    it.each([
      ['exactly maxNodesPerSet nodes', 0, []],
      ['one node more', 1, [['LIMIT_EXCEEDED', `rules[${RULE_LIMITS.maxNodesPerSet / RULE_LIMITS.maxNodesPerRule}].when`]]],
    ])('with %s across full rules reports the node that crosses the bound', (_label, extra, expected) => {
      const fullWhen = { all: Array.from({ length: RULE_LIMITS.maxNodesPerRule - 1 }, () => condition) };
      const fullRules = RULE_LIMITS.maxNodesPerSet / RULE_LIMITS.maxNodesPerRule;
      const rules = Array.from({ length: fullRules + extra }, (_, i) => rule(`r${i}`, { when: i < fullRules ? fullWhen : condition }));

      expect(codesOf(ruleSet({ rules }))).toEqual(expected);
    });
  });

  describe('when many things are wrong at once', () => {
    it('reports every issue, in input order, with precise paths', () => {
      const input = {
        formatVersion: 1,
        hitPolicy: 'firstMatch',
        rules: [
          rule('ok'),
          rule('bad id!', {
            when: { any: [condition, { field: 'ticket.priority', operator: 'in', value: ['low', 'critical'] }, { all: [] }] },
          }),
          rule('ok', { then: [{ type: 'assignTeam', teamId: 'billing', strategy: 'random' }], colour: 'red' }),
          rule('range', { when: { field: 'ticket.createdAt', operator: 'between', value: ['2024-02-01', '2024-01-01'] } }),
          rule('regex', { when: { field: 'ticket.subject', operator: 'matches', value: '(refund' } }),
        ],
        fallback: [{ type: 'sendMessage' }],
      };

      expect(codesOf(input)).toEqual([
        ['INVALID_ID', 'rules[1].id'],
        ['INVALID_VALUE', 'rules[1].when.any[1].value[1]'],
        ['EMPTY_GROUP', 'rules[1].when.any[2].all'],
        ['UNKNOWN_PROPERTY', 'rules[2].colour'],
        ['DUPLICATE_ID', 'rules[2].id'],
        ['INVALID_VALUE', 'rules[2].then[0].strategy'],
        ['INVALID_RANGE', 'rules[3].when.value'],
        ['INVALID_REGEX', 'rules[4].when.value'],
        ['MISSING_PROPERTY', 'fallback[0].message'],
      ]);
    });
  });

  describe('when the input is hostile', () => {
    it.each([
      ['default', {}],
      ['exotic', { withNullPrototype: true, withObjectString: true, withSparseArray: true, withBoxedValues: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }],
    ])('never throws on any value (%s fc.anything), and answers with an AST or coded issues', (_label, constraints) => {
      fc.assert(fc.property(fc.anything(constraints), expectWellFormedResult));
    });

    it('never throws on any JSON value', () => {
      fc.assert(fc.property(fc.jsonValue(), expectWellFormedResult));
    });

    it('never throws when any part of a valid rule set is replaced by anything', () => {
      const corrupted = fc
        .tuple(ruleSetArbitrary(ARBITRARY_FIELD_CATALOGUE), fc.nat(), fc.anything())
        .map(([set, pick, replacement]) => replaceSomewhere(jsonCopy(set), pick, replacement));

      fc.assert(fc.property(corrupted, expectWellFormedResult));
    });

    it('survives prototype-shaped keys without reading inherited properties', () => {
      const input = JSON.parse('{"__proto__": {"formatVersion": 1}, "hitPolicy": "firstMatch", "rules": [], "fallback": []}') as unknown;

      expect(codesOf(input)).toEqual([['UNKNOWN_PROPERTY', '__proto__'], ['UNSUPPORTED_VERSION', 'formatVersion']]);
    });
  });
});

/** Replaces the `pick`-th (modulo) property or item found walking `root` by `replacement`. */
function replaceSomewhere(root: RuleSet, pick: number, replacement: unknown): unknown {
  const slots: [Record<string, unknown>, string][] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      slots.push([value as Record<string, unknown>, key]);
      walk(child);
    }
  };
  walk(root);
  const slot = slots[pick % slots.length];
  if (slot) slot[0][slot[1]] = replacement;
  return root;
}
