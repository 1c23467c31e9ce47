import type { AgentAvailability, AvailabilitySnapshot } from '../assignment/availability';
import type { RuleSet } from '../rules/rule-ast';
import { BUILT_IN_TRIGGERS, type BuiltInTrigger, type CustomTrigger } from '../triggers/trigger-types';
import { compileHandoffPolicy } from './compile-handoff-policy';
import { decideHandoff } from './decide-handoff';
import type { HandoffDecision } from './handoff-decision';
import type { HandoffEvent } from './handoff-event';
import type { AssignmentConfig, HandoffPolicy, HandoffProcess, UnassignedBehaviour } from './handoff-policy';

const NOW = Date.parse('2024-06-03T12:00:00Z');
const MESSAGES = { teamAvailable: 'available', teamUnavailable: 'unavailable', ticketUnassigned: 'unassigned' };
const EMAIL_TO_SUPPORT: RuleSet = {
  formatVersion: 1,
  hitPolicy: 'firstMatch',
  rules: [
    {
      id: 'email',
      name: 'Email goes to support',
      enabled: true,
      when: { field: 'conversation.channel', operator: 'equals', value: 'email' },
      then: [{ type: 'assignTeam', teamId: 'support' }],
    },
  ],
  fallback: [],
};
const ASSIGNMENTS: Record<'sameDestination' | 'conditionRouting', AssignmentConfig> = {
  sameDestination: { mode: 'sameDestination', destination: 'inbox', userIds: [], teamIds: ['support'], strategy: 'roundRobin' },
  conditionRouting: { mode: 'conditionRouting', ruleSet: EMAIL_TO_SUPPORT, strategy: 'roundRobin' },
};
const policy = (overrides: Partial<HandoffPolicy> = {}): HandoffPolicy => ({
  builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true },
  customTriggers: [],
  process: 'live',
  assignment: ASSIGNMENTS.sameDestination,
  messages: MESSAGES,
  unassignedBehaviour: 'keepOpen',
  ...overrides,
});
const agent = (userId: string, overrides: Partial<AgentAvailability> = {}): AgentAvailability => ({
  userId,
  status: 'online',
  workingHours: null,
  capacity: 2,
  openItems: 0,
  ...overrides,
});
const world = (agents: AgentAvailability[], supportMembers = ['ann', 'bob']): AvailabilitySnapshot => ({
  now: NOW,
  agents,
  teams: [{ teamId: 'support', memberIds: supportMembers }],
  roundRobinCursors: {},
});

/**
 * The scenarios of the brief. `available`: ann is online. `nobodyAvailable`: ann is away and bob
 * offline, both with room. `full`: both online but at capacity. `nothingToRoute`: the support
 * team has no members (same destination: noTarget) and the message comes by chat, which no rule
 * routes (condition routing: noRuleMatched).
 */
type Scenario = 'available' | 'nobodyAvailable' | 'full' | 'nothingToRoute';
const SCENARIOS: Record<Scenario, { world: AvailabilitySnapshot; channel: string }> = {
  available: { world: world([agent('ann'), agent('bob', { status: 'offline' })]), channel: 'email' },
  nobodyAvailable: { world: world([agent('ann', { status: 'away' }), agent('bob', { status: 'offline' })]), channel: 'email' },
  full: { world: world([agent('ann', { openItems: 2 }), agent('bob', { openItems: 2 })]), channel: 'email' },
  nothingToRoute: { world: world([agent('ann')], []), channel: 'chat' },
};
const cannotAnswer = (channel: string): HandoffEvent => ({
  signals: { agentCannotAnswer: true },
  conversation: { id: 'c1', channel },
});

// What the table checks, in one line per case.
const summarize = (d: HandoffDecision) =>
  d.handoff
    ? {
        mode: d.mode,
        assignee: d.assignment.status === 'assigned' ? d.assignment.userId : `-${d.assignment.cause}`,
        message: d.message.kind,
        text: d.message.text,
        conversation: d.conversationStatus,
      }
    : { declined: d.reason };

const NONE = { declined: 'processIsNoHandoff' };
const row = (mode: string, assignee: string, message: keyof typeof MESSAGES, conversation: string) => ({
  mode,
  assignee,
  message,
  text: MESSAGES[message],
  conversation,
});

type Mode = 'sameDestination' | 'conditionRouting';
const TABLE: [HandoffProcess, Mode, Scenario, UnassignedBehaviour, object][] = [
  ['live', 'sameDestination', 'available', 'keepOpen', row('live', 'ann', 'teamAvailable', 'assigned')],
  ['live', 'sameDestination', 'available', 'closeConversation', row('live', 'ann', 'teamAvailable', 'assigned')],
  ['live', 'sameDestination', 'nobodyAvailable', 'keepOpen', row('live', '-nobodyAvailable', 'teamUnavailable', 'unassigned')],
  ['live', 'sameDestination', 'nobodyAvailable', 'closeConversation', row('live', '-nobodyAvailable', 'teamUnavailable', 'closed')],
  ['live', 'sameDestination', 'full', 'keepOpen', row('live', '-nobodyAvailable', 'teamUnavailable', 'unassigned')],
  ['live', 'sameDestination', 'full', 'closeConversation', row('live', '-nobodyAvailable', 'teamUnavailable', 'closed')],
  ['live', 'sameDestination', 'nothingToRoute', 'keepOpen', row('live', '-noTarget', 'ticketUnassigned', 'unassigned')],
  ['live', 'sameDestination', 'nothingToRoute', 'closeConversation', row('live', '-noTarget', 'ticketUnassigned', 'closed')],
  ['live', 'conditionRouting', 'available', 'keepOpen', row('live', 'ann', 'teamAvailable', 'assigned')],
  ['live', 'conditionRouting', 'available', 'closeConversation', row('live', 'ann', 'teamAvailable', 'assigned')],
  ['live', 'conditionRouting', 'nobodyAvailable', 'keepOpen', row('live', '-nobodyAvailable', 'teamUnavailable', 'unassigned')],
  ['live', 'conditionRouting', 'nobodyAvailable', 'closeConversation', row('live', '-nobodyAvailable', 'teamUnavailable', 'closed')],
  ['live', 'conditionRouting', 'full', 'keepOpen', row('live', '-nobodyAvailable', 'teamUnavailable', 'unassigned')],
  ['live', 'conditionRouting', 'full', 'closeConversation', row('live', '-nobodyAvailable', 'teamUnavailable', 'closed')],
  ['live', 'conditionRouting', 'nothingToRoute', 'keepOpen', row('live', '-noRuleMatched', 'ticketUnassigned', 'unassigned')],
  ['live', 'conditionRouting', 'nothingToRoute', 'closeConversation', row('live', '-noRuleMatched', 'ticketUnassigned', 'closed')],
  ['async', 'sameDestination', 'available', 'keepOpen', row('async', 'ann', 'teamAvailable', 'assigned')],
  ['async', 'sameDestination', 'available', 'closeConversation', row('async', 'ann', 'teamAvailable', 'assigned')],
  ['async', 'sameDestination', 'nobodyAvailable', 'keepOpen', row('async', 'ann', 'teamUnavailable', 'assigned')],
  ['async', 'sameDestination', 'nobodyAvailable', 'closeConversation', row('async', 'ann', 'teamUnavailable', 'assigned')],
  ['async', 'sameDestination', 'full', 'keepOpen', row('async', '-nobodyAvailable', 'ticketUnassigned', 'unassigned')],
  ['async', 'sameDestination', 'full', 'closeConversation', row('async', '-nobodyAvailable', 'ticketUnassigned', 'unassigned')],
  ['async', 'sameDestination', 'nothingToRoute', 'keepOpen', row('async', '-noTarget', 'ticketUnassigned', 'unassigned')],
  ['async', 'sameDestination', 'nothingToRoute', 'closeConversation', row('async', '-noTarget', 'ticketUnassigned', 'unassigned')],
  ['async', 'conditionRouting', 'available', 'keepOpen', row('async', 'ann', 'teamAvailable', 'assigned')],
  ['async', 'conditionRouting', 'available', 'closeConversation', row('async', 'ann', 'teamAvailable', 'assigned')],
  ['async', 'conditionRouting', 'nobodyAvailable', 'keepOpen', row('async', 'ann', 'teamUnavailable', 'assigned')],
  ['async', 'conditionRouting', 'nobodyAvailable', 'closeConversation', row('async', 'ann', 'teamUnavailable', 'assigned')],
  ['async', 'conditionRouting', 'full', 'keepOpen', row('async', '-nobodyAvailable', 'ticketUnassigned', 'unassigned')],
  ['async', 'conditionRouting', 'full', 'closeConversation', row('async', '-nobodyAvailable', 'ticketUnassigned', 'unassigned')],
  ['async', 'conditionRouting', 'nothingToRoute', 'keepOpen', row('async', '-noRuleMatched', 'ticketUnassigned', 'unassigned')],
  ['async', 'conditionRouting', 'nothingToRoute', 'closeConversation', row('async', '-noRuleMatched', 'ticketUnassigned', 'unassigned')],
  ['none', 'sameDestination', 'available', 'keepOpen', NONE],
  ['none', 'sameDestination', 'available', 'closeConversation', NONE],
  ['none', 'sameDestination', 'nobodyAvailable', 'keepOpen', NONE],
  ['none', 'sameDestination', 'nobodyAvailable', 'closeConversation', NONE],
  ['none', 'sameDestination', 'full', 'keepOpen', NONE],
  ['none', 'sameDestination', 'full', 'closeConversation', NONE],
  ['none', 'sameDestination', 'nothingToRoute', 'keepOpen', NONE],
  ['none', 'sameDestination', 'nothingToRoute', 'closeConversation', NONE],
  ['none', 'conditionRouting', 'available', 'keepOpen', NONE],
  ['none', 'conditionRouting', 'available', 'closeConversation', NONE],
  ['none', 'conditionRouting', 'nobodyAvailable', 'keepOpen', NONE],
  ['none', 'conditionRouting', 'nobodyAvailable', 'closeConversation', NONE],
  ['none', 'conditionRouting', 'full', 'keepOpen', NONE],
  ['none', 'conditionRouting', 'full', 'closeConversation', NONE],
  ['none', 'conditionRouting', 'nothingToRoute', 'keepOpen', NONE],
  ['none', 'conditionRouting', 'nothingToRoute', 'closeConversation', NONE],
];

describe('decideHandoff', () => {
  describe('when a trigger fires (the decision table)', () => {
    it.each(TABLE)('process %s, %s, %s, %s', (process, mode, scenario, unassignedBehaviour, expected) => {
      const compiled = compileHandoffPolicy(policy({ process, assignment: ASSIGNMENTS[mode], unassignedBehaviour }));
      const { world: snapshot, channel } = SCENARIOS[scenario];

      const decision = decideHandoff(compiled, cannotAnswer(channel), snapshot);

      expect(summarize(decision)).toEqual(expected);
    });
  });

  describe('when the process is no handoff', () => {
    it('still reports what fired', () => {
      const compiled = compileHandoffPolicy(policy({ process: 'none' }));

      const decision = decideHandoff(compiled, cannotAnswer('chat'), SCENARIOS.available.world);

      expect(decision).toEqual({ handoff: false, reason: 'processIsNoHandoff', firedTriggers: [{ reason: 'agentCannotAnswer', source: 'signal' }] });
    });
  });

  describe('when built-in triggers are switched on or off', () => {
    const signalled = (trigger: BuiltInTrigger): HandoffEvent => ({ signals: { [trigger]: true }, conversation: { id: 'c1', channel: 'chat' } });
    const only = (trigger: BuiltInTrigger, on: boolean) =>
      Object.fromEntries(BUILT_IN_TRIGGERS.map((t) => [t, t === trigger ? on : !on])) as Record<BuiltInTrigger, boolean>;

    it.each(BUILT_IN_TRIGGERS)('hands off on a %s signal when that trigger is on', (trigger) => {
      const compiled = compileHandoffPolicy(policy({ builtInTriggers: only(trigger, true) }));

      const decision = decideHandoff(compiled, signalled(trigger), SCENARIOS.available.world);

      expect(decision).toMatchObject({ handoff: true, reason: trigger, firedTriggers: [{ reason: trigger, source: 'signal' }] });
    });

    it.each(BUILT_IN_TRIGGERS)('ignores a %s signal when that trigger is off, even with the others on', (trigger) => {
      const compiled = compileHandoffPolicy(policy({ builtInTriggers: only(trigger, false) }));

      const decision = decideHandoff(compiled, signalled(trigger), SCENARIOS.available.world);

      expect(decision).toEqual({ handoff: false, reason: 'noTrigger', firedTriggers: [] });
    });

    it.each([
      ['on', true, { handoff: true, reason: 'visitorAskedForHuman', firedTriggers: [{ reason: 'visitorAskedForHuman', source: 'message' }] }],
      ['off', false, { handoff: false, reason: 'noTrigger', firedTriggers: [] }],
    ])('detects a request for a person in the message text when the trigger is %s', (_label, on, expected) => {
      const compiled = compileHandoffPolicy(policy({ builtInTriggers: only('visitorAskedForHuman', on) }));
      const event: HandoffEvent = { messageText: 'Can I talk to a human please?', conversation: { id: 'c1', channel: 'chat' } };

      const decision = decideHandoff(compiled, event, SCENARIOS.available.world);

      expect(decision).toMatchObject(expected);
    });

    it('lists every fired built-in in order and takes the first as the reason', () => {
      const compiled = compileHandoffPolicy(policy());
      const event: HandoffEvent = {
        messageText: 'I want a real person',
        signals: { agentPaused: true, agentCannotAnswer: true },
        conversation: { id: 'c1', channel: 'chat' },
      };

      const decision = decideHandoff(compiled, event, SCENARIOS.available.world);

      expect(decision).toMatchObject({
        reason: 'agentCannotAnswer',
        firedTriggers: [
          { reason: 'agentCannotAnswer', source: 'signal' },
          { reason: 'visitorAskedForHuman', source: 'message' },
          { reason: 'agentPaused', source: 'signal' },
        ],
      });
    });

    it('does not fire on a message that asks for nothing', () => {
      const compiled = compileHandoffPolicy(policy());

      const decision = decideHandoff(compiled, { messageText: 'What are your opening hours?', conversation: { id: 'c1', channel: 'chat' } }, SCENARIOS.available.world);

      expect(decision).toEqual({ handoff: false, reason: 'noTrigger', firedTriggers: [] });
    });
  });

  describe('when custom triggers are configured', () => {
    const TRIGGERS: CustomTrigger[] = [
      { id: 'cancel', phrase: 'peruutus', mode: 'prefix' },
      { id: 'refund', phrase: 'refund', mode: 'word' },
    ];
    const compiled = compileHandoffPolicy(policy({ customTriggers: TRIGGERS, builtInTriggers: { agentCannotAnswer: false, visitorAskedForHuman: false, agentPaused: false } }));
    const say = (messageText: string): HandoffEvent => ({ messageText, conversation: { id: 'c1', channel: 'chat' } });

    it.each([
      ['the phrase itself', 'Haluan peruutus nyt', 'peruutus'],
      ['an inflected form', 'Kaikki PERUUTUKSET tänään', 'PERUUTUKSET'],
      ['a plural with a case ending', 'Peruutuksista en tiedä', 'Peruutuksista'],
    ])('fires the Finnish prefix trigger on %s', (_label, text, matched) => {
      const decision = decideHandoff(compiled, say(text), SCENARIOS.available.world);

      expect(decision).toMatchObject({
        handoff: true,
        reason: 'customTrigger',
        firedTriggers: [{ reason: 'customTrigger', match: { triggerId: 'cancel', phrase: 'peruutus', text: matched } }],
      });
    });

    it.each([
      ['a message without any phrase', 'Hei, kiitos avusta'],
      ['a word that only contains the phrase', 'refunded already'],
      ['no message at all', ''],
    ])('does not fire on %s', (_label, text) => {
      expect(decideHandoff(compiled, say(text), SCENARIOS.available.world)).toEqual({ handoff: false, reason: 'noTrigger', firedTriggers: [] });
    });

    it('reports every match, built-ins before custom phrases', () => {
      const withBuiltIns = compileHandoffPolicy(policy({ customTriggers: TRIGGERS }));
      const event: HandoffEvent = { messageText: 'refund or peruutus?', signals: { agentPaused: true }, conversation: { id: 'c1', channel: 'chat' } };

      const decision = decideHandoff(withBuiltIns, event, SCENARIOS.available.world);

      expect(decision.firedTriggers.map((f) => (f.reason === 'customTrigger' ? f.match.triggerId : f.reason))).toEqual(['agentPaused', 'refund', 'cancel']);
      expect(decision).toMatchObject({ reason: 'agentPaused' });
    });
  });
});
