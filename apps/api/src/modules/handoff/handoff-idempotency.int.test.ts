import { TicketEntity } from '../tickets/ticket.entity';
import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { demoIds, POST, storePolicy, testPolicy } from '../../testing/handoff-fixtures';

type Result = { postVisitorMessage: { conversation: { id: string }; message: { id: string }; handoff: { handedOff: boolean; ticket: { id: string } | null } } };

describeEachDatabase('visitor messages with an idempotency key', (engine) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi(engine);
    const ids = await demoIds(api.db.dataSource);
    await storePolicy(api.db.dataSource, testPolicy({ assignment: { mode: 'sameDestination', destination: 'helpDesk', userIds: [], teamIds: [ids.team('billing')], strategy: 'roundRobin' } }));
  });

  afterAll(async () => {
    await api.dispose();
  });

  // Parallel retries of one message, over real HTTP: visitor-message-idempotency.int.test.ts.

  describe('when ten different visitors hand off at the same moment', () => {
    it('takes turns: round robin never gives two of them to the same person in a row', async () => {
      const ids = await demoIds(api.db.dataSource);
      await storePolicy(api.db.dataSource, testPolicy({ assignment: { mode: 'sameDestination', destination: 'helpDesk', userIds: [], teamIds: [ids.team('billing')], strategy: 'roundRobin' } }));
      const before = await api.db.dataSource.manager.find(TicketEntity);

      const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => api.execute<Result>(POST, { input: { channel: 'chat', text: `peruutus ${i}` } })));

      expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
      const created = (await api.db.dataSource.manager.find(TicketEntity)).filter((t) => !before.some((b) => b.id === t.id));
      const perOwner = new Map<string | null, number>();
      for (const t of created) perOwner.set(t.ownerId, (perOwner.get(t.ownerId) ?? 0) + 1);
      // Billing's available members are Mikko and Priya (Olga is offline): five each.
      expect([...perOwner.values()]).toEqual([5, 5]);
      expect([...perOwner.keys()].sort()).toEqual([ids.user('mikko'), ids.user('priya')].sort());
    });
  });

  describe('when a later retry arrives after the world changed', () => {
    it('still answers with the first decision', async () => {
      const input = { channel: 'chat', text: 'peruutus', idempotencyKey: `later-${engine}` };
      const first = await api.execute<Result>(POST, { input });
      await storePolicy(api.db.dataSource, testPolicy({ process: 'none', assignment: { mode: 'sameDestination', destination: 'helpDesk', userIds: [], teamIds: [], strategy: 'roundRobin' } }));

      const retry = await api.execute<Result>(POST, { input });

      expect(retry).toEqual(first);
    });
  });
});
