import type { EntityManager } from 'typeorm';
import { TOPICS } from '../../graphql/pubsub';
import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { TicketEntity } from '../tickets/ticket.entity';
import { TicketsService } from '../tickets/tickets.service';
import type { EventDelivery } from './event-hub';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxRepository, type OutboxEventInput } from './outbox.repository';
import type { EventOutbox } from './outbox-relay';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachDatabase('the transactional outbox', (engine) => {
  let api: TestApi;
  let delivered: EventDelivery[];
  let stopListening: () => void;

  const outboxRows = () => api.db.dataSource.manager.find(OutboxEventEntity, { order: { sequence: 'ASC' } });
  const ticketCount = () => api.db.dataSource.manager.count(TicketEntity);
  const createTicket = (subject: string) => api.services.tickets.create(api.workspaceId, 'tester', { subject });

  beforeAll(async () => {
    api = await createTestApi(engine);
  });

  beforeEach(() => {
    delivered = [];
    stopListening = listen();
  });

  afterEach(() => stopListening());

  afterAll(async () => {
    await api.dispose();
  });

  // What a subscriber of the workspace's ticket events receives.
  function listen(): () => void {
    const iterator = api.events(TOPICS.ticketEvents, api.workspaceId);
    let open = true;
    void (async () => {
      while (open) {
        const { value, done } = await iterator.next();
        if (done) return;
        delivered.push(value as EventDelivery);
      }
    })();
    return () => {
      open = false;
      void iterator.return?.();
    };
  }

  describe('when a ticket is created with an owner', () => {
    it('writes its created and assigned events with the ticket, and the relay publishes them after the commit', async () => {
      const before = (await outboxRows()).length;
      const owner = '00000000-0000-4000-9000-000000000002';

      const result = await api.services.tickets.create(api.workspaceId, 'tester', { subject: 'Broken zip', ownerId: owner });
      await api.relay.idle();
      await nextTurn();

      const ticketId = result.ok ? result.value.id : 'none';
      const rows = (await outboxRows()).slice(before);
      expect(rows.map((r) => [r.topic, (r.payload as { kind: string }).kind, (r.payload as { ticket: { id: string } }).ticket.id])).toEqual([
        [TOPICS.ticketEvents, 'created', ticketId],
        [TOPICS.ticketEvents, 'assigned', ticketId],
      ]);
      expect(rows.every((r) => r.publishedAt !== null && r.workspaceId === api.workspaceId)).toBe(true);
      expect(delivered.map((d) => d.sequence)).toEqual(rows.map((r) => r.sequence));
    });
  });

  describe('when a change fails after writing its events', () => {
    it('leaves neither the change nor its events behind: both were in one transaction', async () => {
      const failing: EventOutbox = {
        append: async (manager: EntityManager, workspaceId: string, events: readonly OutboxEventInput[]) => {
          await api.relay.append(manager, workspaceId, events);
          throw new Error('the commit never happens');
        },
        committed: () => undefined,
      };
      const tickets = new TicketsService(api.db.dataSource, failing, () => new Date(), () => '00000000-0000-4000-9000-00000000fa11');
      const [rowsBefore, ticketsBefore] = [(await outboxRows()).length, await ticketCount()];

      await expect(tickets.create(api.workspaceId, 'tester', { subject: 'Never stored' })).rejects.toThrow('the commit never happens');

      expect([(await outboxRows()).length, await ticketCount()]).toEqual([rowsBefore, ticketsBefore]);
    });
  });

  describe('when the relay runs while a change is still uncommitted', () => {
    it('publishes nothing of it until the commit', async () => {
      let deliveredBeforeCommit = -1;
      const observing: EventOutbox = {
        append: async (manager, workspaceId, events) => {
          await api.relay.append(manager, workspaceId, events);
          api.relay.wake();
          await sleep(50);
          deliveredBeforeCommit = delivered.length;
        },
        committed: () => api.relay.committed(),
      };
      const tickets = new TicketsService(api.db.dataSource, observing, () => new Date(), () => '00000000-0000-4000-9000-0000000c0001');

      await tickets.create(api.workspaceId, 'tester', { subject: 'Wait for it' });
      await api.relay.flush();
      await nextTurn();

      expect(deliveredBeforeCommit).toBe(0);
      expect(delivered.map((d) => (d.payload as { ticket: { subject: string } }).ticket.subject)).toEqual(['Wait for it']);
    });
  });

  describe('when an instance committed events and died before publishing them', () => {
    it('leaves them to their instance for one poll interval, then any relay’s poll publishes them', async () => {
      const committedAt = new Date('2026-11-24T08:30:00.000Z');
      await api.db.dataSource.transaction((manager) =>
        new OutboxRepository(manager).append(api.workspaceId, [{ topic: TOPICS.ticketEvents, payload: { kind: 'created', ticket: { id: 'orphan' } } }], committedAt),
      );
      api.setNow('2026-11-24T08:30:00.500Z');
      await api.relay.poll();
      await api.relay.idle();
      await nextTurn();
      const whileFresh = delivered.length;

      api.setNow('2026-11-24T08:30:01.000Z');
      await api.relay.poll();
      await api.relay.idle();
      await nextTurn();
      api.setNow('2026-11-24T08:30:00.000Z');

      expect(whileFresh).toBe(0);
      expect(delivered.map((d) => (d.payload as { ticket: { id: string } }).ticket.id)).toEqual(['orphan']);
    });
  });

  describe('when a relay publishes events again (it died after publishing, before marking them)', () => {
    it('hands each event to subscribers once', async () => {
      await createTicket('Once only');
      await api.relay.idle();
      await nextTurn();
      const firstTime = delivered.length;
      await api.db.dataSource.manager.update(OutboxEventEntity, { workspaceId: api.workspaceId }, { publishedAt: null });

      await api.relay.flush();
      await nextTurn();

      expect(firstTime).toBe(1);
      expect(delivered).toHaveLength(1);
      expect((await outboxRows()).every((r) => r.publishedAt !== null)).toBe(true);
    });
  });
});
