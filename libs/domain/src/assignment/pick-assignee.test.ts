import fc from 'fast-check';
import type { AgentAvailability, AvailabilitySnapshot, PresenceStatus } from './availability';
import { isAgentAvailable } from './is-agent-available';
import { pickAssignee } from './pick-assignee';

const NOW = Date.parse('2024-06-03T12:00:00Z'); // monday noon UTC
const LATE_SHIFT = { timeZone: 'UTC', intervals: [{ day: 'mon' as const, start: '18:00', end: '23:00' }] };
const agent = (userId: string, overrides: Partial<AgentAvailability> = {}): AgentAvailability => ({
  userId,
  status: 'online',
  workingHours: null,
  capacity: 4,
  openItems: 0,
  ...overrides,
});
const world = (agents: AgentAvailability[], cursors: Record<string, string> = {}): AvailabilitySnapshot => ({
  now: NOW,
  agents,
  teams: [],
  roundRobinCursors: cursors,
});
const pool = (...candidateIds: string[]) => ({ key: 'team:t', candidateIds });

const MIXED = world([
  agent('off', { status: 'offline' }),
  agent('away', { status: 'away' }),
  agent('late', { workingHours: LATE_SHIFT }),
  agent('full', { openItems: 4 }),
  agent('a'),
  agent('b'),
]);

describe('pickAssignee', () => {
  describe('when round robin walks the pool', () => {
    it.each([
      ['no cursor: the first eligible', {}, ['off', 'a', 'b'], 'a'],
      ['after the cursor', { 'team:t': 'a' }, ['a', 'b'], 'b'],
      ['wrapping around past the end', { 'team:t': 'b' }, ['a', 'b'], 'a'],
      ['skipping offline, away, outside hours and at capacity', { 'team:t': 'a' }, ['a', 'off', 'away', 'late', 'full', 'b'], 'b'],
      ['from the start when the cursor user left the pool', { 'team:t': 'removed' }, ['b', 'a'], 'b'],
      ['the cursor user again when they are the only eligible one', { 'team:t': 'a' }, ['a', 'off'], 'a'],
      ['skipping unknown ids', {}, ['nobody', 'b'], 'b'],
      ['counting a duplicate once', { 'team:t': 'a' }, ['a', 'a', 'b'], 'b'],
    ])('picks %s', (_label, cursors, candidates, expected) => {
      const snapshot = { ...MIXED, roundRobinCursors: cursors };

      const pick = pickAssignee(pool(...candidates), 'roundRobin', snapshot);

      expect(pick).toEqual({ userId: expected, nextCursor: expected });
    });
  });

  describe('when least-loaded compares people', () => {
    it.each([
      ['the lowest ratio', [agent('x', { openItems: 2, capacity: 4 }), agent('y', { openItems: 2, capacity: 8 })], 'y'],
      ['fewer open items on a ratio tie', [agent('x', { openItems: 2, capacity: 4 }), agent('y', { openItems: 1, capacity: 2 })], 'y'],
      ['pool order on a full tie', [agent('x', { openItems: 1 }), agent('y', { openItems: 1 })], 'x'],
      ['an eligible person over an idle unavailable one', [agent('x', { openItems: 0, status: 'away' }), agent('y', { openItems: 3 })], 'y'],
    ])('picks %s', (_label, agents, expected) => {
      const pick = pickAssignee(pool('x', 'y'), 'leastLoaded', world(agents));

      expect(pick).toEqual({ userId: expected });
    });
  });

  describe('when nobody can be picked', () => {
    it.each(['roundRobin', 'leastLoaded'] as const)('returns every skipped candidate and why (%s)', (strategy) => {
      const pick = pickAssignee(pool('off', 'away', 'late', 'full', 'ghost'), strategy, MIXED);

      expect(pick).toEqual({
        userId: null,
        skipped: [
          { userId: 'off', reason: 'offline' },
          { userId: 'away', reason: 'away' },
          { userId: 'late', reason: 'outsideHours' },
          { userId: 'full', reason: 'atCapacity' },
          { userId: 'ghost', reason: 'unknownUser' },
        ],
      });
    });

    it.each(['roundRobin', 'leastLoaded'] as const)('returns nobody for an empty pool (%s)', (strategy) => {
      expect(pickAssignee(pool(), strategy, MIXED)).toEqual({ userId: null, skipped: [] });
    });
  });

  describe('when eligibility is spare capacity only', () => {
    it.each([
      ['roundRobin', { userId: 'away', nextCursor: 'away' }],
      ['leastLoaded', { userId: 'away' }],
    ] as const)('ignores presence and hours but not load (%s)', (strategy, expected) => {
      const pick = pickAssignee(pool('full', 'away', 'late'), strategy, MIXED, 'spareCapacity');

      expect(pick).toEqual(expected);
    });

    it('reports only load as a reason', () => {
      const pick = pickAssignee(pool('full', 'ghost'), 'roundRobin', MIXED, 'spareCapacity');

      expect(pick).toEqual({ userId: null, skipped: [{ userId: 'full', reason: 'atCapacity' }, { userId: 'ghost', reason: 'unknownUser' }] });
    });
  });
});

const STATUSES: PresenceStatus[] = ['online', 'away', 'offline'];
const arbAgent = (userId: string) =>
  fc.record({
    status: fc.constantFrom(...STATUSES),
    capacity: fc.integer({ min: 0, max: 5 }),
    openItems: fc.integer({ min: 0, max: 6 }),
    shift: fc.boolean(),
  }).map(({ shift, ...rest }): AgentAvailability => ({ userId, workingHours: shift ? LATE_SHIFT : null, ...rest }));
const IDS = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'];
const arbWorld = fc.tuple(...IDS.map(arbAgent)).map((agents) => world(agents));
const arbCandidates = fc.array(fc.constantFrom(...IDS, 'ghost'), { maxLength: 12 });

describe('pickAssignee properties', () => {
  it('picks someone eligible and in the pool, or nobody only when nobody is eligible', () => {
    fc.assert(
      fc.property(arbWorld, arbCandidates, fc.constantFrom('roundRobin' as const, 'leastLoaded' as const), fc.option(fc.constantFrom(...IDS)), (w, ids, strategy, cursor) => {
        const cursors: Record<string, string> = cursor === null ? {} : { k: cursor };
        const snapshot = { ...w, roundRobinCursors: cursors };
        const eligible = w.agents.filter((a) => ids.includes(a.userId) && isAgentAvailable(a, NOW)).map((a) => a.userId);

        const pick = pickAssignee({ key: 'k', candidateIds: ids }, strategy, snapshot);

        if (pick.userId === null) expect(eligible).toEqual([]);
        else expect(eligible).toContain(pick.userId);
      }),
    );
  });

  it('visits every eligible person once before anyone repeats under round robin', () => {
    fc.assert(
      fc.property(arbWorld, arbCandidates, (w, ids) => {
        const eligible = new Set(w.agents.filter((a) => ids.includes(a.userId) && isAgentAvailable(a, NOW)).map((a) => a.userId));
        let cursors: Record<string, string> = {};
        const picked: string[] = [];

        for (let i = 0; i < eligible.size * 2; i++) {
          const pick = pickAssignee({ key: 'k', candidateIds: ids }, 'roundRobin', { ...w, roundRobinCursors: cursors });
          if (pick.userId === null || pick.nextCursor === undefined) throw new Error('expected a pick');
          picked.push(pick.userId);
          cursors = { k: pick.nextCursor };
        }

        expect(new Set(picked.slice(0, eligible.size))).toEqual(eligible);
        expect(picked.slice(eligible.size)).toEqual(picked.slice(0, eligible.size));
      }),
    );
  });
});
