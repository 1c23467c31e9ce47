import { demoAdminToken, socketConnectionParams, startApiProcess, startThrowawayPostgres, startThrowawayRedis, type ServerProcess, type ThrowawayService } from '@handoff/process-harness';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const CAP = 3;
const LEASE_SECONDS = 3;
/** The close code for a principal over its socket cap (apps/api/src/graphql/limits/ws-limits.ts). */
const TOO_MANY_CLOSE_CODE = 4429;

/** A graphql-ws socket as the demo admin, and how it ended: acknowledged, or closed with a code before that. */
interface Socket {
  readonly client: Client;
  readonly outcome: Promise<'acknowledged' | number>;
  readonly closed: Promise<number>;
}

async function openSocket(server: ServerProcess): Promise<Socket> {
  let closedWith: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  let acknowledged: () => void = () => undefined;
  const ack = new Promise<'acknowledged'>((resolve) => (acknowledged = () => resolve('acknowledged')));
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: socketConnectionParams(await demoAdminToken(server.baseUrl)),
    onNonLazyError: () => undefined,
    on: { connected: () => acknowledged(), closed: (event) => closedWith((event as { code: number }).code) },
  });
  return { client, closed, outcome: Promise.race([ack, closed]) };
}

/**
 * MAX_SOCKETS_PER_PRINCIPAL across two API processes sharing PostgreSQL and Redis: a principal gets
 * the cap once, not once per instance, and an instance killed without a word frees its sockets'
 * slots within SOCKET_LEASE_SECONDS.
 */
describe('the socket cap per principal across instances', () => {
  let pg: ThrowawayService;
  let redis: ThrowawayService;
  let a: ServerProcess;
  let b: ServerProcess;
  const sockets: Socket[] = [];
  const open = async (server: ServerProcess) => {
    const socket = await openSocket(server);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    redis = await startThrowawayRedis();
    const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url, SEED_DEMO: 'true', MAX_SOCKETS_PER_PRINCIPAL: String(CAP), SOCKET_LEASE_SECONDS: String(LEASE_SECONDS) };
    a = await startApiProcess(env);
    b = await startApiProcess(env);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.client.dispose()));
    await a?.stop();
    await b?.stop();
    await redis?.destroy();
    await pg?.destroy();
  });

  it('refuses the 4th socket on either instance with 4429 when 2 are open on A and 1 on B', async () => {
    const held = await Promise.all([(await open(a)).outcome, (await open(a)).outcome, (await open(b)).outcome]);

    const fourth = await Promise.all([(await open(a)).outcome, (await open(b)).outcome]);

    expect(held).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);
    expect(fourth).toEqual([TOO_MANY_CLOSE_CODE, TOO_MANY_CLOSE_CODE]);
  });

  it('gives the slot of a closed socket back to the principal, on the other instance too', async () => {
    const onB = sockets[2];
    await onB?.client.dispose();
    await onB?.closed;
    // The client sees the close a moment before the server has given the slot back.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const reopened = await (await open(a)).outcome;
    const overCap = await (await open(b)).outcome;

    expect([reopened, overCap]).toEqual(['acknowledged', TOO_MANY_CLOSE_CODE]);
  });

  it(`frees the slots of a killed instance within SOCKET_LEASE_SECONDS (${LEASE_SECONDS} s), not before they expire`, async () => {
    // A now holds all 3 slots; SIGKILL gives it no chance to give them back.
    await a.terminate('SIGKILL');
    const killedAt = Date.now();

    const rightAfter = await (await open(b)).outcome;
    let freed: 'acknowledged' | number = rightAfter;
    while (freed !== 'acknowledged' && Date.now() - killedAt < 3 * LEASE_SECONDS * 1000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      freed = await (await open(b)).outcome;
    }
    const freedAfterMs = Date.now() - killedAt;

    expect(rightAfter).toBe(TOO_MANY_CLOSE_CODE);
    expect(freed).toBe('acknowledged');
    // The lease, plus the polling step and a loaded machine's scheduling.
    expect(freedAfterMs).toBeLessThanOrEqual(LEASE_SECONDS * 1000 + 1_500);
  });
});
