import type { AgentAvailability } from './availability';
import { explainUnavailability, hasSpareCapacity, isAgentAvailable } from './is-agent-available';

const NOW = Date.parse('2024-06-03T12:00:00Z'); // monday noon UTC
const agent = (overrides: Partial<AgentAvailability> = {}): AgentAvailability => ({
  userId: 'u1',
  status: 'online',
  workingHours: null,
  capacity: 3,
  openItems: 0,
  ...overrides,
});
const morningsOnly = { timeZone: 'UTC', intervals: [{ day: 'mon' as const, start: '08:00', end: '11:00' }] };

describe('explainUnavailability', () => {
  describe('when the person can take work', () => {
    it.each([
      ['online with no hours', agent()],
      ['online in hours, one slot left', agent({ workingHours: { ...morningsOnly, intervals: [{ day: 'mon', start: '11:00', end: '13:00' }] }, openItems: 2 })],
    ])('returns null for %s', (_label, a) => {
      expect(explainUnavailability(a, NOW)).toBeNull();
      expect(isAgentAvailable(a, NOW)).toBe(true);
    });
  });

  describe('when the person cannot take work', () => {
    it.each([
      ['offline', agent({ status: 'offline', workingHours: morningsOnly, openItems: 3 }), 'offline'],
      ['away', agent({ status: 'away', openItems: 5 }), 'away'],
      ['outsideHours', agent({ workingHours: morningsOnly, openItems: 3 }), 'outsideHours'],
      ['atCapacity', agent({ openItems: 3 }), 'atCapacity'],
      ['atCapacity (over it)', agent({ openItems: 4 }), 'atCapacity'],
      ['atCapacity (zero capacity)', agent({ capacity: 0 }), 'atCapacity'],
    ])('says %s, checking presence before hours before load', (_label, a, reason) => {
      expect(explainUnavailability(a, NOW)).toBe(reason);
      expect(isAgentAvailable(a, NOW)).toBe(false);
    });
  });
});

describe('hasSpareCapacity', () => {
  it.each([
    [0, 1, true],
    [1, 1, false],
    [2, 1, false],
  ])('with %i open of %i says %s, ignoring presence', (openItems, capacity, expected) => {
    expect(hasSpareCapacity(agent({ status: 'offline', openItems, capacity }))).toBe(expected);
  });
});
