import { startApiProcess, startThrowawayPostgres, startThrowawayRedis, type ServerProcess, type ThrowawayService } from '@handoff/process-harness';
import { createTickets } from './support/create-tickets';
import { TicketEventStream } from './support/ticket-event-stream';

/** A client's instance is killed; it reconnects to the other one with its last cursor and misses nothing. */
describe('a subscriber whose API instance is killed', () => {
  let pg: ThrowawayService;
  let redis: ThrowawayService;
  let a: ServerProcess;
  let b: ServerProcess;
  const stream = new TicketEventStream();
  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    redis = await startThrowawayRedis();
    const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url, SEED_DEMO: 'true' };
    a = await startApiProcess(env);
    b = await startApiProcess(env);
  });
  afterAll(async () => {
    await stream.close();
    await a?.stop();
    await b?.stop();
    await redis?.destroy();
    await pg?.destroy();
  });

  it('resumes on the other instance after its last cursor: every event once, in order, no gap', async () => {
    await stream.connect(a.baseUrl);
    const before = await createTickets(b.baseUrl, 'Before the crash', 3);
    await stream.waitFor(3);

    await a.terminate('SIGKILL');
    await stream.close();
    const whileAway = await createTickets(b.baseUrl, 'While reconnecting', 4);
    await stream.connect(b.baseUrl);
    const afterwards = await createTickets(b.baseUrl, 'After the reconnect', 2);

    const received = await stream.waitFor(9);
    expect(received.map((e) => e.subject)).toEqual([...before, ...whileAway, ...afterwards]);
    expect(new Set(received.map((e) => e.cursor)).size).toBe(9);
  });
});
