import type { AgentAvailability, AvailabilitySnapshot } from '../assignment/availability';
import type { Action, ConditionNode, RuleSet } from '../rules/rule-ast';
import { compileHandoffPolicy } from './compile-handoff-policy';
import type { CompiledHandoffPolicy } from './compiled-handoff-policy';
import { decideHandoff } from './decide-handoff';
import type { HandoffDecision, HandoffTaken } from './handoff-decision';
import type { HandoffEvent } from './handoff-event';
import type { AssignmentConfig, HandoffPolicy } from './handoff-policy';

const NOW = Date.parse('2024-06-03T12:00:00Z');
const MESSAGES = { teamAvailable: 'available', teamUnavailable: 'unavailable', ticketUnassigned: 'unassigned' };
const ALWAYS: ConditionNode = { field: 'conversation.channel', operator: 'isSet' };
const agent = (userId: string, overrides: Partial<AgentAvailability> = {}): AgentAvailability => ({
  userId,
  status: 'online',
  workingHours: null,
  capacity: 4,
  openItems: 0,
  ...overrides,
});
const WORLD: AvailabilitySnapshot = {
  now: NOW,
  agents: [agent('ann', { openItems: 2 }), agent('bob', { openItems: 1 }), agent('cid', { status: 'offline' }), agent('dan', { openItems: 4 })],
  teams: [
    { teamId: 'support', memberIds: ['ann', 'bob'] },
    { teamId: 'billing', memberIds: ['bob', 'cid'] },
    { teamId: 'empty', memberIds: [] },
  ],
  roundRobinCursors: { 'team:support': 'ann' },
};
const ruleSet = (then: Action[], fallback: Action[] = [], when: ConditionNode = ALWAYS): RuleSet => ({
  formatVersion: 1,
  hitPolicy: 'firstMatch',
  rules: [{ id: 'r1', name: 'Rule one', enabled: true, when, then }],
  fallback,
});
const compile = (assignment: AssignmentConfig, process: HandoffPolicy['process'] = 'live'): CompiledHandoffPolicy =>
  compileHandoffPolicy({
    builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true },
    customTriggers: [{ id: 'cancel', phrase: 'peruutus', mode: 'prefix' }],
    process,
    assignment,
    messages: MESSAGES,
    unassignedBehaviour: 'keepOpen',
  });
const routed = (then: Action[], process: HandoffPolicy['process'] = 'live', fallback: Action[] = [], when?: ConditionNode) =>
  compile({ mode: 'conditionRouting', ruleSet: ruleSet(then, fallback, when), strategy: 'roundRobin' }, process);
const EVENT: HandoffEvent = { signals: { agentCannotAnswer: true }, conversation: { id: 'c1', channel: 'chat' } };

function taken(decision: HandoffDecision): HandoffTaken {
  if (!decision.handoff) throw new Error(`expected a handoff, got ${decision.reason}`);
  return decision;
}

describe('decideHandoff with condition routing', () => {
  describe('when a rule assigns a team', () => {
    it.each([
      ['round robin after the stored cursor', undefined, 'bob', { key: 'team:support', userId: 'bob' }],
      ['least loaded when the action says so', 'leastLoaded' as const, 'bob', undefined],
    ])('picks by %s', (_label, strategy, userId, cursor) => {
      const compiled = routed([{ type: 'assignTeam', teamId: 'support', ...(strategy ? { strategy } : {}) }]);

      const decision = taken(decideHandoff(compiled, EVENT, WORLD));

      expect(decision.assignment).toEqual({ status: 'assigned', userId, teamId: 'support', strategy: strategy ?? 'roundRobin' });
      expect(decision.roundRobinCursor).toEqual(cursor);
      expect(decision.ticket).toMatchObject({ destination: 'helpDesk', teamId: 'support', ownerId: userId });
    });

    it.each([
      ['a team with no members', 'empty', 'empty'],
      ['a team that no longer exists', 'gone', null],
    ])('leaves the ticket unassigned for %s (noTarget)', (_label, teamId, ticketTeam) => {
      const decision = taken(decideHandoff(routed([{ type: 'assignTeam', teamId }]), EVENT, WORLD));

      expect(decision.assignment).toEqual({ status: 'unassigned', cause: 'noTarget', skipped: [] });
      expect(decision.message.kind).toBe('ticketUnassigned');
      expect(decision.ticket.teamId).toBe(ticketTeam);
    });

    it('keeps the team on an unassigned ticket when nobody in it is available', () => {
      const decision = taken(decideHandoff(routed([{ type: 'assignTeam', teamId: 'billing' }]), EVENT, { ...WORLD, agents: [agent('cid', { status: 'away' })] }));

      expect(decision.assignment).toEqual({
        status: 'unassigned',
        cause: 'nobodyAvailable',
        skipped: [
          { userId: 'bob', reason: 'unknownUser' },
          { userId: 'cid', reason: 'away' },
        ],
      });
      expect(decision.ticket).toMatchObject({ teamId: 'billing', ownerId: null });
    });
  });

  describe('when a rule assigns a user directly', () => {
    it.each([
      ['live, available', 'live' as const, 'bob', { status: 'assigned', userId: 'bob', teamId: null, strategy: 'direct' }, 'teamAvailable'],
      ['live, offline', 'live' as const, 'cid', { status: 'unassigned', cause: 'nobodyAvailable', skipped: [{ userId: 'cid', reason: 'offline' }] }, 'teamUnavailable'],
      ['live, at capacity', 'live' as const, 'dan', { status: 'unassigned', cause: 'nobodyAvailable', skipped: [{ userId: 'dan', reason: 'atCapacity' }] }, 'teamUnavailable'],
      ['async, offline but with room', 'async' as const, 'cid', { status: 'assigned', userId: 'cid', teamId: null, strategy: 'direct' }, 'teamUnavailable'],
      ['async, at capacity', 'async' as const, 'dan', { status: 'unassigned', cause: 'nobodyAvailable', skipped: [{ userId: 'dan', reason: 'atCapacity' }] }, 'ticketUnassigned'],
      ['live, unknown user', 'live' as const, 'zed', { status: 'unassigned', cause: 'noTarget', skipped: [{ userId: 'zed', reason: 'unknownUser' }] }, 'ticketUnassigned'],
    ])('decides %s', (_label, process, userId, assignment, kind) => {
      const decision = taken(decideHandoff(routed([{ type: 'assignUser', userId }], process), EVENT, WORLD));

      expect(decision.assignment).toEqual(assignment);
      expect(decision.message.kind).toBe(kind);
      expect(decision.roundRobinCursor).toBeUndefined();
    });
  });

  describe('when actions shape the ticket', () => {
    it('applies them in order: the last assignment wins, tags add up, priority and message overwrite', () => {
      const compiled = routed([
        { type: 'assignUser', userId: 'ann' },
        { type: 'setPriority', priority: 'high' },
        { type: 'addTags', tags: ['vip', 'eu'] },
        { type: 'sendMessage', message: 'A specialist will help you.' },
        { type: 'assignTeam', teamId: 'billing', strategy: 'leastLoaded' },
        { type: 'addTags', tags: ['eu', 'billing'] },
        { type: 'setPriority', priority: 'urgent' },
        { type: 'setDestination', destination: 'inbox' },
      ]);
      const event: HandoffEvent = { ...EVENT, ticket: { tags: ['web', 'vip'], priority: 'low' } };

      const decision = taken(decideHandoff(compiled, event, WORLD));

      expect(decision.assignment).toEqual({ status: 'assigned', userId: 'bob', teamId: 'billing', strategy: 'leastLoaded' });
      expect(decision.ticket).toMatchObject({ priority: 'urgent', tags: ['web', 'vip', 'eu', 'billing'], destination: 'helpDesk' });
      expect(decision.message).toEqual({ kind: 'teamAvailable', text: 'A specialist will help you.' });
    });

    it('reports noTarget when a matching rule assigns nobody, and keeps its other effects', () => {
      const decision = taken(decideHandoff(routed([{ type: 'setPriority', priority: 'high' }]), EVENT, WORLD));

      expect(decision.assignment).toEqual({ status: 'unassigned', cause: 'noTarget', skipped: [] });
      expect(decision.ticket.priority).toBe('high');
      expect(decision.routing?.decision.matchedRuleIds).toEqual(['r1']);
    });

    it('uses the fallback when no rule matches, and calls it noRuleMatched only if the fallback assigns nobody', () => {
      const never: ConditionNode = { field: 'conversation.channel', operator: 'equals', value: 'phone' };
      const withFallback = routed([], 'live', [{ type: 'assignUser', userId: 'ann' }], never);
      const withTagOnlyFallback = routed([], 'live', [{ type: 'addTags', tags: ['triage'] }], never);

      const assigned = taken(decideHandoff(withFallback, EVENT, WORLD));
      const unassigned = taken(decideHandoff(withTagOnlyFallback, EVENT, WORLD));

      expect(assigned.assignment).toMatchObject({ status: 'assigned', userId: 'ann' });
      expect(unassigned.assignment).toMatchObject({ status: 'unassigned', cause: 'noRuleMatched' });
      expect(unassigned.ticket.tags).toEqual(['triage']);
      expect(unassigned.routing?.decision.usedFallback).toBe(true);
    });
  });

  describe('when rules read the handoff itself', () => {
    it.each([
      ['the handoff reason', { field: 'conversation.handoffReason', operator: 'equals', value: 'customTrigger' } as const],
      ['the matched trigger phrases', { field: 'conversation.matchedTriggers', operator: 'hasAnyOf', value: ['peruutus'] } as const],
      ['the drafted subject', { field: 'ticket.subject', operator: 'startsWith', value: 'PERUUTUK', ignoreCase: true } as const],
      ['the ticket status', { field: 'ticket.status', operator: 'equals', value: 'new' } as const],
    ])('routes on %s', (_label, when) => {
      const compiled = routed([{ type: 'assignUser', userId: 'ann' }], 'live', [], when);
      const event: HandoffEvent = { messageText: 'Peruutukset: tilaus 42', conversation: { id: 'c1', channel: 'chat' } };

      const decision = taken(decideHandoff(compiled, event, WORLD));

      expect(decision.assignment).toMatchObject({ status: 'assigned', userId: 'ann' });
      expect(decision.routing?.rules[0]?.status).toBe('matched');
    });
  });
});

describe('decideHandoff with the same destination', () => {
  it('routes to the configured destination with no rule explanation, users before team members', () => {
    const compiled = compile({ mode: 'sameDestination', destination: 'inbox', userIds: ['cid', 'dan'], teamIds: ['support'], strategy: 'leastLoaded' });

    const decision = taken(decideHandoff(compiled, EVENT, WORLD));

    expect(decision.routing).toBeNull();
    expect(decision.assignment).toEqual({ status: 'assigned', userId: 'bob', teamId: 'support', strategy: 'leastLoaded' });
    expect(decision.ticket).toMatchObject({ destination: 'inbox', teamId: 'support', ownerId: 'bob', priority: 'normal', sourceChannel: 'chat' });
  });

  it('credits no team when the assignee was named directly and is in none of the pool teams', () => {
    const compiled = compile({ mode: 'sameDestination', destination: 'helpDesk', userIds: ['ann'], teamIds: ['billing'], strategy: 'roundRobin' });

    const decision = taken(decideHandoff(compiled, EVENT, WORLD));

    expect(decision.assignment).toEqual({ status: 'assigned', userId: 'ann', teamId: null, strategy: 'roundRobin' });
    expect(decision.roundRobinCursor).toEqual({ key: 'users:ann|teams:billing', userId: 'ann' });
  });

  it('credits no team to an unassigned ticket whose pool spans several teams', () => {
    const compiled = compile({ mode: 'sameDestination', destination: 'helpDesk', userIds: [], teamIds: ['support', 'billing'], strategy: 'roundRobin' });

    const decision = taken(decideHandoff(compiled, EVENT, { ...WORLD, agents: [] }));

    expect(decision.assignment).toMatchObject({ status: 'unassigned', cause: 'noTarget' });
    expect(decision.ticket.teamId).toBeNull();
  });
});
