import type { Client } from 'graphql-ws';
import type { RunningApi } from '../../server';
import { required } from '../../testing/required';
import { demoAdminToken, openSocket, postGraphQL, startLiveApi, tempDir, wsClient } from '../../testing/live-api';

type Errors = readonly { message: string; extensions?: Record<string, unknown> }[];

/** The first answer to one operation over a socket: its errors (error message or result). */
function firstAnswer(client: Client, query: string): Promise<Errors> {
  return new Promise((resolve) => {
    const dispose = client.subscribe({ query }, {
      next: (result) => (dispose(), resolve((result.errors ?? []) as Errors)),
      error: (error) => resolve((Array.isArray(error) ? error : [error]) as Errors),
      complete: () => resolve([]),
    });
  });
}

const TICKET_EVENTS = 'subscription { ticketCreated { id } }';

// The guards around the GraphQL layer: body and frame sizes, batching, CSRF, the per-principal
// budget, and the socket caps. Each server is started with caps small enough to reach in a test.
describe('the request guards of the running API', () => {
  const dir = tempDir();
  let api: RunningApi;
  let token: string;
  const post = (init: RequestInit & { headers?: Record<string, string> }, path = '') =>
    fetch(api.url + path, { method: 'POST', ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });

  beforeAll(async () => {
    api = await startLiveApi({ SQLITE_PATH: `${dir.path}/guards.sqlite`, MAX_REQUEST_BYTES: '4096', MAX_SUBSCRIPTIONS_PER_SOCKET: '2' });
    token = await demoAdminToken(api);
  });

  afterAll(async () => {
    await api.stop();
    dir.dispose();
  });

  describe('over HTTP', () => {
    it.each([
      ['a body over MAX_REQUEST_BYTES', { 'content-type': 'application/json' }, JSON.stringify({ query: `{ viewer { role } } #${'x'.repeat(5_000)}` }), 413, 'PAYLOAD_TOO_LARGE'],
      ['a body that is not JSON', { 'content-type': 'application/json' }, '{"query": "{ viewer', 400, 'BAD_REQUEST'],
      ['a batch of operations (batching is off)', { 'content-type': 'application/json' }, JSON.stringify([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]), 400, 'BAD_REQUEST'],
      ['a body that says gzip but is not', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, '{"query": "{ viewer { role } }"}', 400, 'BAD_REQUEST'],
      [
        'a persisted-query hash that does not match its query',
        { 'content-type': 'application/json' },
        JSON.stringify({ query: '{ viewer { role } }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
        400,
        'BAD_REQUEST',
      ],
      ['a text/plain "simple request" (CSRF)', { 'content-type': 'text/plain' }, JSON.stringify({ query: 'mutation { createTicket(input: { subject: "csrf" }) { ticket { id } } }' }), 400, 'BAD_REQUEST'],
    ])('refuses %s with a JSON error, a code and a request id', async (_name, headers, body, status, code) => {
      const response = await post({ headers, body });
      const text = await response.text();

      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect((JSON.parse(text) as { errors: Errors }).errors[0]?.extensions).toMatchObject({ code, requestId: expect.any(String) });
      expect(text).not.toMatch(/<html|stack|node_modules|\.js:\d/i);
    });

    it('refuses a GET without a preflight header (CSRF) and answers one that has it', async () => {
      const url = `${api.url}?query=${encodeURIComponent('{ viewer { role } }')}`;

      const simple = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const preflighted = await fetch(url, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });

      expect(simple.status).toBe(400);
      expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
      expect(preflighted.status).toBe(200);
    });
  });

  describe('over graphql-ws', () => {
    it('closes a socket whose frame is over MAX_REQUEST_BYTES with 1009', async () => {
      const { client, closed } = openSocket(api, token);

      void firstAnswer(client, `{ viewer { role } } #${'x'.repeat(5_000)}`);

      expect((await closed).code).toBe(1009);
      await client.dispose();
    });

    it('refuses an operation over MAX_SUBSCRIPTIONS_PER_SOCKET with TOO_MANY_SUBSCRIPTIONS, and takes one again once one ended', async () => {
      const client = wsClient(api);
      const running = [client.subscribe({ query: TICKET_EVENTS }, { next: () => undefined, error: () => undefined, complete: () => undefined }), client.subscribe({ query: TICKET_EVENTS }, { next: () => undefined, error: () => undefined, complete: () => undefined })];

      const third = await firstAnswer(client, TICKET_EVENTS);
      running[0]?.();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const afterOneEnded = await firstAnswer(client, '{ viewer { role } }');

      expect(third.map((e) => e.extensions?.['code'])).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
      expect(afterOneEnded).toEqual([]);
      running[1]?.();
      await client.dispose();
    });
  });
});

describe('the socket cap per principal of the running API', () => {
  const dir = tempDir();
  let api: RunningApi;

  beforeAll(async () => {
    api = await startLiveApi({ SQLITE_PATH: `${dir.path}/sockets.sqlite`, MAX_SOCKETS_PER_PRINCIPAL: '3', MAX_REQUEST_BYTES: '4096' });
  });

  afterAll(async () => {
    await api.stop();
    dir.dispose();
  });

  /** Whether a socket got its connection_ack, or the code it was closed with. */
  const acknowledged = (socket: ReturnType<typeof openSocket>): Promise<'acknowledged' | number> =>
    Promise.race([new Promise<'acknowledged'>((resolve) => socket.client.on('connected', () => resolve('acknowledged'))), socket.closed.then((c) => c.code)]);

  describe('when a principal opens one socket more than allowed', () => {
    it('closes that one with 4429 and keeps serving the others', async () => {
      const token = await demoAdminToken(api);
      const sockets = [openSocket(api, token), openSocket(api, token), openSocket(api, token)];
      const first = await Promise.all(sockets.map(acknowledged));

      const fourth = openSocket(api, token);
      const outcome = await fourth.closed;
      const stillServed = await firstAnswer(required(sockets[0]).client, '{ viewer { role } }');

      expect(first).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);
      expect([outcome.code, outcome.reason]).toEqual([4429, 'Too many connections']);
      expect(stillServed).toEqual([]);
      await Promise.all([...sockets, fourth].map((s) => s.client.dispose()));
      await Promise.all(sockets.map((s) => s.closed));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
  });

  describe('when sockets close, by the client or by the server', () => {
    it('counts them out, so the principal may open as many again', async () => {
      const token = await demoAdminToken(api);
      const rounds: ('acknowledged' | number)[][] = [];

      for (let round = 0; round < 3; round++) {
        const sockets = [openSocket(api, token), openSocket(api, token), openSocket(api, token)];
        rounds.push(await Promise.all(sockets.map(acknowledged)));
        // Round 1 ends with frames over the size cap: the server closes those sockets itself.
        if (round === 1) sockets.forEach((s) => void firstAnswer(s.client, `{ viewer { role } } #${'x'.repeat(5_000)}`));
        else await Promise.all(sockets.map((s) => s.client.dispose()));
        await Promise.all(sockets.map((s) => s.closed));
        // The client sees the close a moment before the server has counted the socket out.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      expect(rounds).toEqual([0, 1, 2].map(() => ['acknowledged', 'acknowledged', 'acknowledged']));
    });
  });
});

describe('the per-principal request budget of the running API', () => {
  const dir = tempDir();
  let api: RunningApi;

  beforeAll(async () => {
    api = await startLiveApi({ SQLITE_PATH: `${dir.path}/budget.sqlite`, RATE_LIMIT_POINTS: '4', RATE_LIMIT_DURATION_SECONDS: '60' });
  });

  afterAll(async () => {
    await api.stop();
    dir.dispose();
  });

  describe('when a principal spends its budget', () => {
    it('answers 429 with Retry-After and RATE_LIMITED over HTTP and over graphql-ws, and never on /health', async () => {
      const token = await demoAdminToken(api);
      const client = wsClient(api, token);
      const spent = [];
      for (let i = 0; i < 4; i++) spent.push((await postGraphQL(api, '{ viewer { role } }', undefined, token)).errors);

      const refused = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"query":"{ viewer { role } }"}' });
      const overSocket = await firstAnswer(client, '{ viewer { role } }');
      const health = await fetch(api.url.replace('/graphql', '/health'));

      expect(spent).toEqual([undefined, undefined, undefined, undefined]);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(await refused.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number), requestId: expect.any(String) } }] });
      expect(overSocket.map((e) => e.extensions?.['code'])).toEqual(['RATE_LIMITED']);
      expect(health.status).toBe(200);
      await client.dispose();
    });
  });
});
