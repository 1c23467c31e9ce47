import { startApiProcess, startThrowawayPostgres, startThrowawayRedis, type ServerProcess, type ThrowawayService } from '@handoff/process-harness';
import { createTickets } from './support/create-tickets';
import { TicketEventStream } from './support/ticket-event-stream';

/** Redis carries events between instances; while it is down they wait in the outbox, none is lost. */
describe('two API instances whose Redis goes down for a while', () => {
  let pg: ThrowawayService;
  let redis: ThrowawayService;
  let a: ServerProcess;
  let b: ServerProcess;
  const stream = new TicketEventStream();
  let before: string[] = [];
  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    redis = await startThrowawayRedis();
    const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url, SEED_DEMO: 'true' };
    a = await startApiProcess(env);
    b = await startApiProcess(env);
    await stream.connect(b.baseUrl);
  });
  afterAll(async () => {
    await stream.close();
    await a?.stop();
    await b?.stop();
    await redis?.destroy();
    await pg?.destroy();
  });

  it('delivers events across instances while Redis is up', async () => {
    before = await createTickets(a.baseUrl, 'Before the outage', 2);
    expect((await stream.waitFor(2)).map((e) => e.subject)).toEqual(before);
  });

  it('keeps accepting work while Redis is down, and delivers every event, in order and once, when it returns', async () => {
    await redis.stop();
    const during = await createTickets(a.baseUrl, 'During the outage', 3);
    await redis.start();
    const after = await createTickets(a.baseUrl, 'After the outage', 2);

    const received = await stream.waitFor(7, 30_000);
    expect(received.map((e) => e.subject)).toEqual([...before, ...during, ...after]);
    expect(new Set(received.map((e) => e.cursor)).size).toBe(received.length);
  });
});
