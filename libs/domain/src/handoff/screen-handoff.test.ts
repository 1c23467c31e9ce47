import type { AvailabilitySnapshot } from '../assignment/availability';
import { compileHandoffPolicy } from './compile-handoff-policy';
import { completeHandoff, decideHandoff, screenHandoff } from './decide-handoff';
import type { HandoffEvent } from './handoff-event';
import type { HandoffPolicy, HandoffProcess } from './handoff-policy';

const policy = (process: HandoffProcess): HandoffPolicy => ({
  builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: false },
  customTriggers: [{ id: 'fi', phrase: 'peruutus', mode: 'prefix' }],
  process,
  assignment: { mode: 'sameDestination', destination: 'helpDesk', userIds: ['u1'], teamIds: [], strategy: 'roundRobin' },
  messages: { teamAvailable: 'a', teamUnavailable: 'b', ticketUnassigned: 'c' },
  unassignedBehaviour: 'keepOpen',
});
const event = (messageText: string, signals: HandoffEvent['signals'] = {}): HandoffEvent => ({
  messageText,
  signals,
  conversation: { id: 'c1', channel: 'chat', language: 'fi', channelName: null },
  contact: {},
});
const world: AvailabilitySnapshot = {
  now: Date.parse('2026-11-24T10:00:00Z'),
  agents: [{ userId: 'u1', status: 'online', workingHours: null, capacity: 3, openItems: 0 }],
  teams: [],
  roundRobinCursors: {},
};

describe('screenHandoff', () => {
  describe('when deciding without a world', () => {
    it.each([
      ['nothing fires', 'live', event('Hei, missä pakettini on?'), { handoff: false, reason: 'noTrigger' }],
      ['a switched-off built-in is signalled', 'live', event('hei', { agentPaused: true }), { handoff: false, reason: 'noTrigger' }],
      ['a trigger fires under process none', 'none', event('Haluan peruutuksen'), { handoff: false, reason: 'processIsNoHandoff' }],
      ['a trigger fires under live', 'live', event('Haluan peruutuksen'), { handoff: true, mode: 'live' }],
      ['a signal fires under async', 'async', event('', { agentCannotAnswer: true }), { handoff: true, mode: 'async' }],
    ] as const)('when %s, answers %p', (_case, process, input, expected) => {
      const screen = screenHandoff(compileHandoffPolicy(policy(process)), input);

      expect(screen).toMatchObject(expected);
    });
  });

  describe('when completed against a world', () => {
    it('gives exactly what decideHandoff gives', () => {
      const compiled = compileHandoffPolicy(policy('live'));
      const input = event('Haluan peruutuksen');
      const screen = screenHandoff(compiled, input);
      if (!screen.handoff) throw new Error('expected the handoff to be due');

      const completed = completeHandoff(compiled, input, world, screen);

      expect(completed).toEqual(decideHandoff(compiled, input, world));
      expect(completed.assignment).toMatchObject({ status: 'assigned', userId: 'u1' });
    });
  });
});
