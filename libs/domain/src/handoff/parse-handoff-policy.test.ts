import { createFieldCatalogue } from '../rules/field-catalogue';
import { RULE_LIMITS } from '../rules/rule-limits';
import { TRIGGER_LIMITS } from '../triggers/trigger-limits';
import { POLICY_LIMITS } from './policy-limits';
import { createDefaultHandoffPolicy } from './create-default-handoff-policy';
import { parseHandoffPolicy } from './parse-handoff-policy';

const RULE_SET = {
  formatVersion: 1,
  hitPolicy: 'firstMatch',
  rules: [
    {
      id: 'vip',
      name: 'VIP to support',
      enabled: true,
      when: { field: 'contact.tier', operator: 'equals', value: 'premium' },
      then: [{ type: 'assignTeam', teamId: 'support' }, { type: 'setDestination', destination: 'helpDesk' }],
    },
  ],
  fallback: [{ type: 'addTags', tags: ['triage'] }],
};
const VALID = {
  builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: false, agentPaused: true },
  customTriggers: [
    { id: 't1', phrase: 'peruutus', mode: 'prefix' },
    { id: 't2', phrase: 'remboursé', mode: 'word', ignoreAccents: true },
  ],
  process: 'live',
  assignment: { mode: 'sameDestination', destination: 'inbox', userIds: ['ann'], teamIds: ['support'], strategy: 'roundRobin' },
  messages: { teamAvailable: 'Hi', teamUnavailable: 'Later', ticketUnassigned: 'Queued' },
  unassignedBehaviour: 'closeConversation',
};
const ROUTED = { mode: 'conditionRouting', ruleSet: RULE_SET, strategy: 'leastLoaded' };
const EMPTY_POOL = { mode: 'sameDestination', destination: 'helpDesk', userIds: [], teamIds: [], strategy: 'roundRobin' };

const problems = (input: unknown) => {
  const result = parseHandoffPolicy(input);
  return result.ok ? [] : result.error.map((i) => [i.code, i.path]);
};

describe('parseHandoffPolicy', () => {
  describe('when the policy is valid', () => {
    it.each([
      ['same destination', VALID],
      ['condition routing', { ...VALID, assignment: ROUTED }],
      ['no handoff with an empty pool and blank messages', { ...VALID, process: 'none', assignment: EMPTY_POOL, messages: { teamAvailable: '', teamUnavailable: ' ', ticketUnassigned: '' } }],
      ['async', { ...VALID, process: 'async' }],
      ['the default policy with a team', createDefaultHandoffPolicy({ teamIds: ['support'] })],
    ])('returns the typed policy for %s', (_label, input) => {
      const result = parseHandoffPolicy(input);

      expect(result).toEqual({ ok: true, value: input });
    });

    it('drops an explicit help desk destination from condition routing', () => {
      const result = parseHandoffPolicy({ ...VALID, assignment: { ...ROUTED, destination: 'helpDesk' } });

      expect(result.ok && result.value.assignment).toEqual(ROUTED);
    });

    it('accepts custom fields from the workspace catalogue', () => {
      const catalogue = createFieldCatalogue([{ entity: 'contact', key: 'plan', label: 'Plan', type: 'string' }]);
      const ruleSet = { ...RULE_SET, rules: [{ ...RULE_SET.rules[0], when: { field: 'contact.custom.plan', operator: 'equals', value: 'gold' } }] };
      const input = { ...VALID, assignment: { ...ROUTED, ruleSet } };

      expect(parseHandoffPolicy(input, catalogue).ok).toBe(true);
      expect(problems(input)).toEqual([['UNKNOWN_FIELD', 'assignment.ruleSet.rules[0].when.field']]);
    });
  });

  describe('when the shape is wrong', () => {
    it.each([
      ['not an object', 'policy', [['INVALID_TYPE', '']]],
      [
        'everything missing',
        {},
        [
          ['MISSING_PROPERTY', 'builtInTriggers'],
          ['MISSING_PROPERTY', 'customTriggers'],
          ['MISSING_PROPERTY', 'process'],
          ['MISSING_PROPERTY', 'assignment'],
          ['MISSING_PROPERTY', 'messages'],
          ['MISSING_PROPERTY', 'unassignedBehaviour'],
        ],
      ],
      ['an unknown property', { ...VALID, colour: 'red' }, [['UNKNOWN_PROPERTY', 'colour']]],
      ['an unknown process', { ...VALID, process: 'later' }, [['INVALID_VALUE', 'process']]],
      ['an unknown unassigned behaviour', { ...VALID, unassignedBehaviour: 'delete' }, [['INVALID_VALUE', 'unassignedBehaviour']]],
      ['built-ins not an object', { ...VALID, builtInTriggers: [] }, [['INVALID_TYPE', 'builtInTriggers']]],
      [
        'a built-in missing and another not boolean',
        { ...VALID, builtInTriggers: { agentCannotAnswer: 'yes', agentPaused: true } },
        [
          ['MISSING_PROPERTY', 'builtInTriggers.visitorAskedForHuman'],
          ['INVALID_TYPE', 'builtInTriggers.agentCannotAnswer'],
        ],
      ],
      ['messages not an object', { ...VALID, messages: 'hi' }, [['INVALID_TYPE', 'messages']]],
      ['a message not text', { ...VALID, messages: { ...VALID.messages, teamAvailable: 1 } }, [['INVALID_TYPE', 'messages.teamAvailable']]],
      ['assignment not an object', { ...VALID, assignment: [] }, [['INVALID_TYPE', 'assignment']]],
      ['assignment without a mode', { ...VALID, assignment: { destination: 'inbox' } }, [['MISSING_PROPERTY', 'assignment.mode']]],
      ['an unknown assignment mode', { ...VALID, assignment: { mode: 'random' } }, [['INVALID_VALUE', 'assignment.mode']]],
    ])('reports %s', (_label, input, expected) => {
      expect(problems(input)).toEqual(expected);
    });
  });

  describe('when the messages do not suit the process', () => {
    it.each([
      ['live', 'teamAvailable', '', [['INVALID_VALUE', 'messages.teamAvailable']]],
      ['async', 'ticketUnassigned', '  ', [['INVALID_VALUE', 'messages.ticketUnassigned']]],
      ['live', 'teamUnavailable', 'x'.repeat(RULE_LIMITS.maxStringLength + 1), [['LIMIT_EXCEEDED', 'messages.teamUnavailable']]],
      ['none', 'teamUnavailable', 'x'.repeat(RULE_LIMITS.maxStringLength + 1), [['LIMIT_EXCEEDED', 'messages.teamUnavailable']]],
      ['live', 'teamAvailable', 'x'.repeat(RULE_LIMITS.maxStringLength), []],
    ])('under %s, %s of the given length gives %j', (process, kind, text, expected) => {
      const input = { ...VALID, process, messages: { ...VALID.messages, [kind]: text } };

      expect(problems(input)).toEqual(expected);
    });

    it('checks every message when the process itself is invalid', () => {
      const input = { ...VALID, process: 'later', messages: { teamAvailable: '', teamUnavailable: 'x', ticketUnassigned: 'y' } };

      expect(problems(input)).toEqual([
        ['INVALID_VALUE', 'process'],
        ['INVALID_VALUE', 'messages.teamAvailable'],
      ]);
    });
  });

  describe('when the same-destination assignment is wrong', () => {
    it.each([
      ['an empty pool under live', { ...VALID, assignment: EMPTY_POOL }, [['INVALID_POLICY', 'assignment']]],
      ['an empty pool under async', { ...VALID, process: 'async', assignment: EMPTY_POOL }, [['INVALID_POLICY', 'assignment']]],
      [
        'missing pool and destination',
        { ...VALID, assignment: { mode: 'sameDestination', strategy: 'roundRobin' } },
        [
          ['MISSING_PROPERTY', 'assignment.destination'],
          ['MISSING_PROPERTY', 'assignment.userIds'],
          ['MISSING_PROPERTY', 'assignment.teamIds'],
        ],
      ],
      [
        'bad ids, destination and strategy',
        { ...VALID, assignment: { ...VALID.assignment, destination: 'void', userIds: ['a', 'a'], teamIds: [''], strategy: 'random', ruleSet: RULE_SET } },
        [
          ['UNKNOWN_PROPERTY', 'assignment.ruleSet'],
          ['INVALID_VALUE', 'assignment.destination'],
          ['DUPLICATE_ID', 'assignment.userIds[1]'],
          ['INVALID_ID', 'assignment.teamIds[0]'],
          ['INVALID_VALUE', 'assignment.strategy'],
        ],
      ],
      ['too many users', { ...VALID, assignment: { ...VALID.assignment, userIds: Array.from({ length: RULE_LIMITS.maxListItems + 1 }, (_, i) => `u${i}`) } }, [['LIMIT_EXCEEDED', 'assignment.userIds']]],
      [
        'ids longer than the bound',
        { ...VALID, assignment: { ...VALID.assignment, userIds: ['u'.repeat(POLICY_LIMITS.maxIdLength + 1)], teamIds: ['t'.repeat(100_000)] } },
        [
          ['LIMIT_EXCEEDED', 'assignment.userIds[0]'],
          ['LIMIT_EXCEEDED', 'assignment.teamIds[0]'],
        ],
      ],
    ])('reports %s', (_label, input, expected) => {
      expect(problems(input)).toEqual(expected);
    });
  });

  describe('when the condition-routing assignment is wrong', () => {
    it.each([
      ['an inbox destination', { ...ROUTED, destination: 'inbox' }, [['INVALID_POLICY', 'assignment.destination']]],
      [
        'a rule sending work to the inbox',
        { ...ROUTED, ruleSet: { ...RULE_SET, fallback: [{ type: 'setDestination', destination: 'inbox' }] } },
        [['INVALID_POLICY', 'assignment.ruleSet.fallback[0]']],
      ],
      [
        'a rule action sending work to the inbox',
        { ...ROUTED, ruleSet: { ...RULE_SET, rules: [{ ...RULE_SET.rules[0], then: [{ type: 'setDestination', destination: 'inbox' }] }] } },
        [['INVALID_POLICY', 'assignment.ruleSet.rules[0].then[0]']],
      ],
      ['a malformed rule set', { ...ROUTED, ruleSet: { ...RULE_SET, hitPolicy: 'best' } }, [['INVALID_VALUE', 'assignment.ruleSet.hitPolicy']]],
      ['a rule set that is not an object', { ...ROUTED, ruleSet: 'rules' }, [['INVALID_TYPE', 'assignment.ruleSet']]],
      [
        'missing rule set and strategy, and a same-destination property',
        { mode: 'conditionRouting', userIds: [] },
        [
          ['MISSING_PROPERTY', 'assignment.ruleSet'],
          ['MISSING_PROPERTY', 'assignment.strategy'],
          ['UNKNOWN_PROPERTY', 'assignment.userIds'],
        ],
      ],
    ])('reports %s', (_label, assignment, expected) => {
      expect(problems({ ...VALID, assignment })).toEqual(expected);
    });
  });

  describe('when custom triggers are wrong', () => {
    it.each([
      ['not a list', { id: 't' }, [['INVALID_TYPE', 'customTriggers']]],
      [
        'malformed entries',
        [null, { id: 1, phrase: 'x', mode: 'word' }, { id: 'b', phrase: 'y', mode: 'fuzzy', ignoreAccents: 'no', extra: 1 }, { id: 'c' }],
        [
          ['INVALID_TYPE', 'customTriggers[0]'],
          ['INVALID_TYPE', 'customTriggers[1].id'],
          ['UNKNOWN_PROPERTY', 'customTriggers[2].extra'],
          ['INVALID_VALUE', 'customTriggers[2].mode'],
          ['INVALID_TYPE', 'customTriggers[2].ignoreAccents'],
          ['MISSING_PROPERTY', 'customTriggers[3].phrase'],
          ['MISSING_PROPERTY', 'customTriggers[3].mode'],
        ],
      ],
      [
        'what only the matcher knows: blank phrases, duplicates, empty ids',
        [
          { id: 'a', phrase: 'refund', mode: 'word' },
          { id: 'a', phrase: 'REFUND', mode: 'word' },
          { id: ' ', phrase: '  ', mode: 'phrase' },
        ],
        [
          ['DUPLICATE_TRIGGER', 'customTriggers[1].id'],
          ['DUPLICATE_TRIGGER', 'customTriggers[1].phrase'],
          ['INVALID_ID', 'customTriggers[2].id'],
          ['EMPTY_PHRASE', 'customTriggers[2].phrase'],
        ],
      ],
      [
        'an id longer than the bound',
        [{ id: 'i'.repeat(TRIGGER_LIMITS.maxIdLength + 1), phrase: 'refund', mode: 'word' }],
        [['LIMIT_EXCEEDED', 'customTriggers[0].id']],
      ],
    ])('reports %s', (_label, customTriggers, expected) => {
      expect(problems({ ...VALID, customTriggers })).toEqual(expected);
    });
  });

  describe('when every string is exactly at its bound', () => {
    it('accepts the policy', () => {
      const longest = {
        ...VALID,
        customTriggers: [{ id: 'i'.repeat(TRIGGER_LIMITS.maxIdLength), phrase: 'p'.repeat(TRIGGER_LIMITS.maxPhraseLength), mode: 'phrase' }],
        assignment: { ...VALID.assignment, userIds: ['u'.repeat(POLICY_LIMITS.maxIdLength)], teamIds: ['t'.repeat(POLICY_LIMITS.maxIdLength)] },
        messages: { teamAvailable: 'a'.repeat(RULE_LIMITS.maxStringLength), teamUnavailable: 'b'.repeat(RULE_LIMITS.maxStringLength), ticketUnassigned: 'c'.repeat(RULE_LIMITS.maxStringLength) },
      };

      expect(problems(longest)).toEqual([]);
    });
  });
});

describe('createDefaultHandoffPolicy', () => {
  it('turns every built-in on and hands off live to the pool by round robin', () => {
    const policy = createDefaultHandoffPolicy({ userIds: ['ann'] });

    expect(policy).toMatchObject({
      builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true },
      process: 'live',
      assignment: { mode: 'sameDestination', destination: 'helpDesk', userIds: ['ann'], teamIds: [], strategy: 'roundRobin' },
      unassignedBehaviour: 'keepOpen',
    });
  });

  it('is invalid without anyone to hand off to', () => {
    expect(problems(createDefaultHandoffPolicy({}))).toEqual([['INVALID_POLICY', 'assignment']]);
  });
});
