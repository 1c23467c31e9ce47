import { TOPICS } from '../../graphql/pubsub';
import { createInProcessEventBus } from '../../graphql/pubsub';
import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';
import type { TicketEvent } from '../tickets/ticket-events';
import { encodeEventCursor } from './event-cursor';
import { EventFeedService } from './event-feed.service';
import type { EventDelivery } from './event-hub';
import type { EventStream } from './event-stream';
import { OUTBOX_LIMITS } from './outbox-limits';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxRepository } from './outbox.repository';
import { OutboxRelay } from './outbox-relay';

type Delivered = EventDelivery<TicketEvent>;
const subjectOf = (event: Delivered) => event.payload.ticket.subject;

async function read(stream: EventStream<Delivered>, n: number, timeoutMs = 2_000): Promise<Delivered[]> {
  const out: Delivered[] = [];
  const deadline = Date.now() + timeoutMs;
  while (out.length < n && Date.now() < deadline) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), deadline - Date.now())));
    const next = await Promise.race([stream.next(), timeout]);
    clearTimeout(timer);
    if (!next || next.done) break;
    out.push(next.value);
  }
  return out;
}

describeEachDatabase('resumable event feeds', (engine) => {
  let api: TestApi;

  const create = async (...subjects: string[]) => {
    for (const subject of subjects) await api.services.tickets.create(api.workspaceId, 'tester', { subject });
    await api.relay.idle();
  };
  const open = (after?: string | null, events = api.services.events) => events.open<TicketEvent>({ workspaceId: api.workspaceId, topic: TOPICS.ticketEvents, after });
  const opened = async (after?: string | null) => {
    const result = await open(after);
    if (!result.ok) throw new Error(`could not open: ${result.error.kind}`);
    return result.value;
  };

  beforeAll(async () => {
    api = await createTestApi(engine);
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when a subscriber reconnects with the cursor of the last event it received', () => {
    it('first gets every event it missed, in order, then live ones, each once', async () => {
      const first = await opened();
      await create('a1');
      const [seen] = await read(first, 1);
      await first.return();
      await create('m1', 'm2', 'm3');

      const resumed = await opened(encodeEventCursor({ sequence: seen?.sequence ?? 0, createdAt: seen?.createdAt ?? '' }));
      await create('live');
      const events = await read(resumed, 5, 500);
      await resumed.return();

      expect(subjectOf(seen as Delivered)).toBe('a1');
      expect(events.map(subjectOf)).toEqual(['m1', 'm2', 'm3', 'live']);
      expect(events.map((e) => e.sequence)).toEqual([...events.map((e) => e.sequence)].sort((x, y) => x - y));
    });
  });

  describe('when the cursor is not one an event gave out', () => {
    it('refuses to open, saying so', async () => {
      expect(await open('not-a-cursor')).toEqual({ ok: false, error: { kind: 'notACursor' } });
    });
  });

  describe('when the cursor is older than the replay window', () => {
    it('refuses with tooOld instead of replaying a stream that may have been pruned', async () => {
      const old = encodeEventCursor({ sequence: 1, createdAt: new Date(Date.parse('2026-11-24T08:30:00.000Z') - OUTBOX_LIMITS.resumeWindowMs - 1).toISOString() });

      expect(await open(old)).toEqual({ ok: false, error: { kind: 'tooOld', maxAgeHours: 23 } });
    });
  });

  describe('when more events were missed than a replay may carry', () => {
    it('refuses with tooFarBehind', async () => {
      const hub = createInProcessEventBus();
      const small = new EventFeedService(api.db.dataSource, hub, () => new Date('2026-11-24T08:30:00.000Z'), { ...OUTBOX_LIMITS, maxReplay: 2 });
      const [last] = await api.db.dataSource.manager.find(OutboxEventEntity, { order: { sequence: 'DESC' }, take: 1 });
      await create('x1', 'x2', 'x3');

      const result = await open(encodeEventCursor({ sequence: last?.sequence ?? 0, createdAt: '2026-11-24T08:30:00.000Z' }), small);

      expect(result).toEqual({ ok: false, error: { kind: 'tooFarBehind', maxReplay: 2 } });
      expect(hub.watermarks().size).toBe(0);
    });
  });

  describe('when the event bus dropped events while this instance was not listening (Redis restarted)', () => {
    it('catches up from the database after the reconnect, in order, once', async () => {
      const lossy = { ...createInProcessEventBus(), deliver: async () => undefined };
      const relay = new OutboxRelay({ dataSource: api.db.dataSource, bus: lossy, clock: () => new Date('2026-11-24T08:30:00.000Z') });
      await relay.start({ timers: false });
      const received: string[] = [];
      const stop = lossy.listen(TOPICS.ticketEvents, api.workspaceId, (e) => received.push((e.payload as TicketEvent).ticket.subject));
      await api.db.dataSource.transaction((manager) =>
        new OutboxRepository(manager).append(api.workspaceId, ['lost1', 'lost2'].map((subject) => ({ topic: TOPICS.ticketEvents, payload: { kind: 'created', ticket: { subject } } })), new Date()),
      );
      await relay.flush();
      const beforeCatchUp = [...received];

      await relay.catchUp();
      await relay.catchUp();
      stop();
      await relay.stop();

      expect(beforeCatchUp).toEqual([]);
      expect(received).toEqual(['lost1', 'lost2']);
    });
  });

  describe('when published events are older than the retention', () => {
    it('prunes them and keeps the unpublished ones', async () => {
      const manager = api.db.dataSource.manager;
      await create('old');
      await manager.transaction((m) => new OutboxRepository(m).append(api.workspaceId, [{ topic: TOPICS.ticketEvents, payload: { kind: 'created' } }], new Date('2026-11-24T08:30:00.000Z')));
      api.setNow(new Date(Date.parse('2026-11-24T08:30:00.000Z') + OUTBOX_LIMITS.retentionMs + 60_000).toISOString());

      await api.relay.prune();
      const left = await manager.find(OutboxEventEntity);
      api.setNow('2026-11-24T08:30:00.000Z');

      expect(left).toHaveLength(1);
      expect(left[0]?.publishedAt).toBeNull();
    });
  });
});
