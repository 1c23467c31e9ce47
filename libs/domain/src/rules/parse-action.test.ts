import type { Issue } from '../shared/issue';
import { parseAction, parseActions } from './parse-action';
import { RULE_LIMITS } from './rule-limits';

const codesOf = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.path]);

const parseOne = (raw: unknown) => {
  const issues: Issue[] = [];
  const action = parseAction(raw, 'a', issues);
  return { action, issues: codesOf(issues), messages: issues.map((i) => i.message) };
};

const tags = (count: number): string[] => Array.from({ length: count }, (_, i) => `t${i}`);

describe('parseAction', () => {
  describe('when the action is valid', () => {
    it.each([
      [{ type: 'assignUser', userId: 'u-1' }],
      [{ type: 'assignTeam', teamId: 'support' }],
      [{ type: 'assignTeam', teamId: 'support', strategy: 'leastLoaded' }],
      [{ type: 'setPriority', priority: 'urgent' }],
      [{ type: 'addTags', tags: ['vip', ' spaced '] }],
      [{ type: 'addTags', tags: tags(RULE_LIMITS.maxListItems) }],
      [{ type: 'setDestination', destination: 'helpDesk' }],
      [{ type: 'sendMessage', message: 'x'.repeat(RULE_LIMITS.maxStringLength) }],
    ])('returns a fresh, equal copy of %j', (raw) => {
      const { action, issues } = parseOne(raw);

      expect(issues).toEqual([]);
      expect(action).toEqual(raw);
      expect(action).not.toBe(raw);
    });

    it('copies the tag list rather than sharing it', () => {
      const raw = { type: 'addTags', tags: ['vip'] };

      const { action } = parseOne(raw);

      expect(action && 'tags' in action ? action.tags : undefined).not.toBe(raw.tags);
    });
  });

  describe('when the action is invalid', () => {
    it.each([
      ['a non-object', 'assignUser', [['INVALID_ACTION', 'a']]],
      ['null', null, [['INVALID_ACTION', 'a']]],
      ['a missing type', { userId: 'u' }, [['MISSING_PROPERTY', 'a.type']]],
      ['an unknown type', { type: 'escalate' }, [['UNKNOWN_ACTION', 'a.type']]],
      ['a type that is not a string', { type: 1 }, [['UNKNOWN_ACTION', 'a.type']]],
      ['an inherited name as type', { type: 'toString' }, [['UNKNOWN_ACTION', 'a.type']]],
      ['a missing userId', { type: 'assignUser' }, [['MISSING_PROPERTY', 'a.userId']]],
      ['an empty userId', { type: 'assignUser', userId: '' }, [['INVALID_VALUE', 'a.userId']]],
      ['a numeric userId', { type: 'assignUser', userId: 7 }, [['INVALID_VALUE', 'a.userId']]],
      ['an over-long teamId', { type: 'assignTeam', teamId: 'x'.repeat(RULE_LIMITS.maxStringLength + 1) }, [['LIMIT_EXCEEDED', 'a.teamId']]],
      ['an unknown strategy', { type: 'assignTeam', teamId: 't', strategy: 'random' }, [['INVALID_VALUE', 'a.strategy']]],
      ['a missing priority', { type: 'setPriority' }, [['MISSING_PROPERTY', 'a.priority']]],
      ['an unknown priority', { type: 'setPriority', priority: 'critical' }, [['INVALID_VALUE', 'a.priority']]],
      ['tags that are not a list', { type: 'addTags', tags: 'vip' }, [['INVALID_VALUE', 'a.tags']]],
      ['no tags', { type: 'addTags', tags: [] }, [['EMPTY_LIST', 'a.tags']]],
      ['missing tags', { type: 'addTags' }, [['MISSING_PROPERTY', 'a.tags']]],
      ['too many tags', { type: 'addTags', tags: tags(RULE_LIMITS.maxListItems + 1) }, [['LIMIT_EXCEEDED', 'a.tags']]],
      ['bad tags', { type: 'addTags', tags: ['ok', '', 3] }, [['INVALID_VALUE', 'a.tags[1]'], ['INVALID_VALUE', 'a.tags[2]']]],
      ['an over-long tag', { type: 'addTags', tags: ['x'.repeat(RULE_LIMITS.maxStringLength + 1)] }, [['LIMIT_EXCEEDED', 'a.tags[0]']]],
      ['an unknown destination', { type: 'setDestination', destination: 'email' }, [['INVALID_VALUE', 'a.destination']]],
      ['an empty message', { type: 'sendMessage', message: '' }, [['INVALID_VALUE', 'a.message']]],
      ['an over-long message', { type: 'sendMessage', message: 'x'.repeat(RULE_LIMITS.maxStringLength + 1) }, [['LIMIT_EXCEEDED', 'a.message']]],
      ['an unknown key', { type: 'assignUser', userId: 'u', teamId: 't' }, [['UNKNOWN_PROPERTY', 'a.teamId']]],
      ['several problems at once', { type: 'assignTeam', strategy: 'x', note: 1 }, [['MISSING_PROPERTY', 'a.teamId'], ['INVALID_VALUE', 'a.strategy'], ['UNKNOWN_PROPERTY', 'a.note']]],
    ])('reports %s', (_label, raw, expected) => {
      const { action, issues } = parseOne(raw);

      expect(issues).toEqual(expected);
      expect(action).toBeUndefined();
    });

    it.each([
      [{ type: 'escalate' }, 'unknown action "escalate"; expected one of assignUser, assignTeam, setPriority, addTags, setDestination, sendMessage'],
      [{ type: 'setPriority', priority: 'x' }, 'expected one of low, normal, high, urgent'],
      [{ type: 'assignUser', userId: '' }, 'userId must be a non-empty string'],
    ])('explains %j', (raw, message) => {
      expect(parseOne(raw).messages).toEqual([message]);
    });
  });
});

describe('parseActions', () => {
  describe('when the list is valid', () => {
    it.each([[[]], [Array.from({ length: RULE_LIMITS.maxActions }, () => ({ type: 'setPriority', priority: 'low' }))]])(
      'accepts %j',
      (raw) => {
        const issues: Issue[] = [];

        expect(parseActions(raw, 'then', issues)).toEqual(raw);
        expect(issues).toEqual([]);
      },
    );
  });

  describe('when the list is invalid', () => {
    it.each([
      ['not a list', { type: 'setPriority', priority: 'low' }, [['INVALID_TYPE', 'then']]],
      ['too long', Array.from({ length: RULE_LIMITS.maxActions + 1 }, () => ({ type: 'setPriority', priority: 'low' })), [['LIMIT_EXCEEDED', 'then']]],
      ['holding bad actions', [{ type: 'setPriority', priority: 'low' }, {}, { type: 'x' }], [['MISSING_PROPERTY', 'then[1].type'], ['UNKNOWN_ACTION', 'then[2].type']]],
    ])('reports a list %s', (_label, raw, expected) => {
      const issues: Issue[] = [];

      const actions = parseActions(raw, 'then', issues);

      expect(codesOf(issues)).toEqual(expected);
      expect(actions).toBeUndefined();
    });
  });
});
