import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import type { Client } from 'graphql-ws';
import type { RunningApi } from '../../server';
import { freePort, postGraphQL, produceUntil, startLiveApi, tempDir, until, wsClient } from '../../testing/live-api';

// A throwaway Redis of this suite's own (never the shared one), so the test can stop and restart it.
const REDIS_SERVER = process.env['REDIS_SERVER_BIN'] ?? 'redis-server';
const CREATE = 'mutation ($subject: String!) { createTicket(input: { subject: $subject }) { ticket { id } } }';
const TICKET_EVENTS = 'subscription { ticketEvents(kinds: [created]) { cursor ticket { subject } } }';
type Event = { ticketEvents: { cursor: string; ticket: { subject: string } } };


const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  child.on('error', () => undefined);
  await until(() => accepts(port), 5_000, 50);
  return child;
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

const readiness = async (api: RunningApi) => {
  const response = await fetch(api.url.replace('/graphql', '/ready'));
  return { status: response.status, body: (await response.json()) as { failed: string[] } };
};

describe('events while Redis restarts', () => {
  const dir = tempDir();
  let port: number;
  let redis: ChildProcess;
  let a: RunningApi;
  let b: RunningApi;
  let client: Client;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    const env = { SQLITE_PATH: `${dir.path}/shared.sqlite`, REDIS_URL: `redis://127.0.0.1:${port}` };
    a = await startLiveApi(env);
    b = await startLiveApi(env);
    client = wsClient(b);
  });

  afterAll(async () => {
    await client?.dispose();
    await b?.stop();
    await a?.stop();
    await stopRedis(redis);
    dir.dispose();
  });

  describe('when tickets are committed on A while Redis is down', () => {
    it('delays their events to the subscriber on B until Redis is back, then delivers each once, in order', async () => {
      const events: Event[] = [];
      const dispose = client.subscribe<Event>({ query: TICKET_EVENTS }, { next: (r) => void (r.data && events.push(r.data)), error: () => undefined, complete: () => undefined });
      let n = 0;
      await produceUntil(() => postGraphQL(a, CREATE, { subject: `warm-up ${n++}` }), () => events.length > 0);
      const received = () => events.map((e) => e.ticketEvents.ticket.subject).filter((s) => s.startsWith('outage'));

      await stopRedis(redis);
      await until(async () => (await readiness(a)).status === 503, 15_000, 50);
      const whileDown = await readiness(a);
      for (const subject of ['outage 1', 'outage 2', 'outage 3']) {
        const res = await postGraphQL(a, CREATE, { subject });
        expect(res.errors).toBeUndefined();
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const beforeRestart = received();
      redis = await startRedis(port);
      await until(() => received().length >= 3, 15_000, 50);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      dispose();

      expect(whileDown.body.failed).toEqual(['redis']);
      expect(beforeRestart).toEqual([]);
      expect(received()).toEqual(['outage 1', 'outage 2', 'outage 3']);
      expect((await readiness(a)).status).toBe(200);
    });
  });
});
