import { createTestApi, DEFAULT_TEST_NOW, type TestApi } from '../testing/test-api';
import { describeEachDatabase } from '../testing/test-databases';
import { DEMO_CONVERSATIONS } from './demo-conversations';
import { seedDemoWorkspace } from './seed-demo-workspace';

interface DemoTicket {
  subject: string;
  status: string;
  priority: string;
  sourceChannel: string;
  team: { name: string } | null;
  owner: { name: string } | null;
  conversation: { language: string | null } | null;
}

const TICKETS = '{ tickets(first: 100) { edges { node { subject status priority sourceChannel team { name } owner { name } conversation { language } } } } }';

describeEachDatabase('the demo seed with conversations', (engine) => {
  let api: TestApi;
  let tickets: DemoTicket[];
  const clock = () => new Date(DEFAULT_TEST_NOW);
  let counter = 0;
  const ids = () => `00000000-0000-4000-a000-${String(++counter).padStart(12, '0')}`;

  beforeAll(async () => {
    api = await createTestApi(engine, { seed: false });
    await seedDemoWorkspace(api.db.dataSource, clock, ids, { conversations: true });
    const res = await api.execute<{ tickets: { edges: { node: DemoTicket }[] } }>(TICKETS);
    tickets = res.data?.tickets.edges.map((e) => e.node) ?? [];
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when the server seeds an empty database', () => {
    it('leaves a ticket for every demo message that asks for a person, and none for the one that does not', () => {
      expect(tickets).toHaveLength(DEMO_CONVERSATIONS.length - 1);
      expect(tickets.map((t) => t.subject)).not.toContainEqual(expect.stringContaining('Helsinki store'));
    });

    it('shows tickets in every status, over several channels, in Finnish and English', () => {
      expect(new Set(tickets.map((t) => t.status))).toEqual(new Set(['new', 'open', 'pending', 'resolved', 'closed']));
      expect(new Set(tickets.map((t) => t.sourceChannel)).size).toBeGreaterThanOrEqual(4);
      expect(new Set(tickets.map((t) => t.conversation?.language))).toEqual(new Set(['fi', 'en']));
    });

    it('routes them by the demo rule set and assigns them among the people at work', () => {
      const bySubjectStart = (start: string) => tickets.find((t) => t.subject.startsWith(start));
      expect(bySubjectStart('Haluan peruutuksen')?.team?.name).toBe('Finnish speakers');
      expect(bySubjectStart("I'd like a refund")?.team?.name).toBe('Billing');
      expect(bySubjectStart('Can I talk to a human?')).toMatchObject({ priority: 'urgent', team: { name: 'Support' } });
      expect(new Set(tickets.flatMap((t) => (t.owner ? [t.owner.name] : []))).size).toBeGreaterThanOrEqual(3);
    });
  });

  describe('when seeding again', () => {
    it('changes nothing', async () => {
      expect(await seedDemoWorkspace(api.db.dataSource, clock, ids, { conversations: true })).toBe(false);

      const res = await api.execute<{ tickets: { edges: unknown[] } }>(TICKETS);
      expect(res.data?.tickets.edges).toHaveLength(tickets.length);
    });
  });
});
