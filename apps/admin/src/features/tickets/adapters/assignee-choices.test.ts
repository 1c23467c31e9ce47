import { assigneeChoices, describeChoice } from './assignee-choices';

const ana = { id: 'ana', name: 'Ana', status: 'online' as const };
const ben = { id: 'ben', name: 'Ben', status: 'away' as const };
const cy = { id: 'cy', name: 'Cy', status: 'offline' as const };
const people = [ana, ben, cy];
const availability = [
  { user: { ...ana, capacity: 5, openTickets: 2 }, available: true, reason: null },
  { user: { ...ben, capacity: 3, openTickets: 3 }, available: false, reason: 'away' },
];

describe('assigneeChoices', () => {
  describe('when limited to a team', () => {
    it('lists its members and the current owner only', () => {
      const choices = assigneeChoices(people, availability, new Set(['ana']), 'cy');
      expect(choices.map((c) => c.id)).toEqual(['ana', 'cy']);
    });
  });

  describe('when not limited', () => {
    it('lists everyone with load and availability when known', () => {
      expect(assigneeChoices(people, availability, null, null)).toMatchObject([
        { id: 'ana', load: '2 of 5 open', available: true, reason: 'Available' },
        { id: 'ben', status: 'away', available: false, reason: 'Away' },
        { id: 'cy', load: null, available: null },
      ]);
    });
  });
});

describe('describeChoice', () => {
  it.each([
    ['ana', 'Online · 2 of 5 open · available for automatic assignment'],
    ['ben', 'Away · 3 of 3 open · not picked automatically (away)'],
    ['cy', 'Offline'],
  ])('describes %s as "%s"', (id, expected) => {
    const choice = assigneeChoices(people, availability, null, null).find((c) => c.id === id);
    expect(choice && describeChoice(choice)).toBe(expected);
  });
});
