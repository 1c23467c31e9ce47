import fc from 'fast-check';
import type { AgentAvailability, AvailabilitySnapshot } from '../assignment/availability';
import { hasSpareCapacity, isAgentAvailable } from '../assignment/is-agent-available';
import { compileHandoffPolicy } from './compile-handoff-policy';
import { createDefaultHandoffPolicy } from './create-default-handoff-policy';
import { decideHandoff } from './decide-handoff';
import type { HandoffPolicy } from './handoff-policy';

const NOW = Date.parse('2024-06-03T12:00:00Z');
const IDS = ['ann', 'bob', 'cid', 'dan', 'eve'];
const arbAgent = (userId: string) =>
  fc
    .record({
      status: fc.constantFrom('online' as const, 'away' as const, 'offline' as const),
      capacity: fc.integer({ min: 0, max: 3 }),
      openItems: fc.integer({ min: 0, max: 4 }),
      nightShift: fc.boolean(),
    })
    .map(({ nightShift, ...rest }): AgentAvailability => ({
      userId,
      workingHours: nightShift ? { timeZone: 'Europe/Helsinki', intervals: [{ day: 'mon', start: '22:00', end: '06:00' }] } : null,
      ...rest,
    }));
const arbWorld = fc
  .tuple(fc.subarray(IDS).chain((ids) => fc.tuple(...ids.map(arbAgent))), fc.subarray(IDS), fc.option(fc.constantFrom(...IDS)))
  .map(([agents, members, cursor]): AvailabilitySnapshot => ({
    now: NOW,
    agents,
    teams: [{ teamId: 'support', memberIds: members }],
    roundRobinCursors: cursor === null ? {} : { 'team:support': cursor },
  }));
const arbPolicy = fc
  .record({
    process: fc.constantFrom('live' as const, 'async' as const),
    strategy: fc.constantFrom('roundRobin' as const, 'leastLoaded' as const),
    unassignedBehaviour: fc.constantFrom('keepOpen' as const, 'closeConversation' as const),
    userIds: fc.subarray(IDS),
  })
  .map(({ process, strategy, unassignedBehaviour, userIds }): HandoffPolicy => {
    const base = createDefaultHandoffPolicy({ userIds, teamIds: ['support'] });
    return { ...base, process, unassignedBehaviour, assignment: { ...base.assignment, strategy } as HandoffPolicy['assignment'] };
  });

describe('decideHandoff properties', () => {
  it('assigns only pool members who can take the work, and keeps ticket, message and status consistent', () => {
    fc.assert(
      fc.property(arbPolicy, arbWorld, (policy, world) => {
        const decision = decideHandoff(compileHandoffPolicy(policy), { signals: { agentPaused: true }, conversation: { id: 'c', channel: 'chat' } }, world);
        if (!decision.handoff) throw new Error('a signalled, switched-on trigger must hand off');
        const pool = new Set([...(policy.assignment.mode === 'sameDestination' ? policy.assignment.userIds : []), ...(world.teams[0]?.memberIds ?? [])]);

        if (decision.assignment.status === 'assigned') {
          const assignee = world.agents.find((a) => a.userId === decision.ticket.ownerId);
          expect(assignee && pool.has(assignee.userId)).toBe(true);
          expect(assignee && (policy.process === 'live' ? isAgentAvailable(assignee, NOW) : hasSpareCapacity(assignee))).toBe(true);
          expect(decision.conversationStatus).toBe('assigned');
          expect(decision.message.kind).toBe(assignee && isAgentAvailable(assignee, NOW) ? 'teamAvailable' : 'teamUnavailable');
        } else {
          expect(decision.ticket.ownerId).toBeNull();
          expect(decision.conversationStatus).toBe(policy.process === 'live' && policy.unassignedBehaviour === 'closeConversation' ? 'closed' : 'unassigned');
          expect(decision.message.kind).not.toBe('teamAvailable');
        }
        expect(decision.message.text).toBe(policy.messages[decision.message.kind]);
      }),
    );
  });
});
