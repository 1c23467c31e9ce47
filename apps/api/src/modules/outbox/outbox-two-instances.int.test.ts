import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { TOPICS } from '../../graphql/pubsub';
import type { RunningApi } from '../../server';
import { collect, postGraphQL, produceUntil, startLiveApi, tempDir, until, wsClient, type Collected } from '../../testing/live-api';
import { createEmptyTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/test-databases';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxRepository } from './outbox.repository';

const redisUrl = process.env['REDIS_URL'] ?? (process.env['CI'] ? undefined : 'redis://127.0.0.1:6379');
const CREATE = 'mutation ($subject: String!) { createTicket(input: { subject: $subject }) { ticket { id } } }';
const TICKET_EVENTS = 'subscription ($after: String) { ticketEvents(kinds: [created], after: $after) { cursor ticket { subject } } }';
type Event = { ticketEvents: { cursor: string; ticket: { subject: string } } };

const subscribe = (client: Client, after?: string): Collected<Event> => collect<Event>(client, TICKET_EVENTS, { after });


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const subjects = (events: readonly Event[]) => events.map((e) => e.ticketEvents.ticket.subject);

// Two replicas behind a load balancer: one database (a SQLite file, or a PostgreSQL schema) and one Redis.
describeEachDatabase('resumable events across two instances', (engine) => {
  const dir = tempDir();
  let db: TestDatabase | undefined;
  let a: RunningApi;
  let b: RunningApi;
  let client: Client;
  const created: string[] = [];
  const createOnA = async (subject: string) => {
    const res = await postGraphQL(a, CREATE, { subject });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    created.push(subject);
  };

  beforeAll(async () => {
    if (!redisUrl) throw new Error('REDIS_URL must be set when CI is set');
    if (engine === 'postgres') db = await createEmptyTestDatabase('postgres');
    const env = { SQLITE_PATH: `${dir.path}/shared.sqlite`, REDIS_URL: redisUrl };
    a = await startLiveApi(env, db ? { database: db.config } : {});
    b = await startLiveApi(env, db ? { database: db.config } : {}); // after A, so only A migrates and seeds
    client = wsClient(b);
  });

  afterAll(async () => {
    await client?.dispose();
    await b?.stop();
    await a?.stop();
    await db?.dispose();
    dir.dispose();
  });

  describe('when events are committed on A while the subscriber on B is disconnected', () => {
    it('sends them when it resubscribes on B with its last cursor, in order, each once', async () => {
      const first = subscribe(client);
      let n = 0;
      await produceUntil(() => createOnA(`before ${n++}`), () => first.events.length > 0);
      const last = first.events[first.events.length - 1]?.ticketEvents;
      first.dispose();
      await sleep(100);
      for (const subject of ['missed on A 1', 'missed on A 2']) await createOnA(subject);

      const resumed = subscribe(client, last?.cursor);
      const expected = created.slice(created.indexOf(last?.ticket.subject ?? '') + 1);
      await until(() => resumed.events.length >= expected.length);
      await createOnA('live on A');
      await until(() => subjects(resumed.events).includes('live on A'));
      await sleep(300);
      resumed.dispose();

      expect(resumed.errors).toEqual([]);
      expect(subjects(resumed.events)).toEqual([...expected, 'live on A']);
    });
  });

  describe('when an instance committed an event and died before publishing it', () => {
    it('reaches the subscriber through the other instance’s poll, once', async () => {
      await createOnA('anchor');
      const [anchor] = await a.dataSource.manager.find(OutboxEventEntity, { where: { topic: TOPICS.ticketEvents }, order: { sequence: 'DESC' }, take: 1 });
      const live = subscribe(client);
      await produceUntil(() => createOnA(`warm-up ${randomUUID()}`), () => live.events.length > 0);
      const payload = anchor?.payload as { kind: string; ticket: { workspaceId: string } };
      const orphan = { ...payload, ticket: { ...payload.ticket, id: randomUUID(), subject: 'committed by a dead instance' } };

      // Written as the dead instance's transaction did; nobody wakes a relay for it.
      await a.dataSource.transaction((manager) => new OutboxRepository(manager).append(orphan.ticket.workspaceId, [{ topic: TOPICS.ticketEvents, payload: orphan }], new Date()));
      await until(() => subjects(live.events).includes('committed by a dead instance'), 5_000);
      await sleep(1_500);
      live.dispose();

      expect(subjects(live.events).filter((s) => s === 'committed by a dead instance')).toHaveLength(1);
      expect(new Set(live.events.map((e) => e.ticketEvents.cursor)).size).toBe(live.events.length);
    });
  });
});
