import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { authorizationHeaders, demoAdminToken, postGraphQL, socketConnectionParams, type ServerProcess, startApiProcess } from '@handoff/process-harness';

type Errors = readonly { message: string; extensions?: Record<string, unknown> }[];

/** A socket as the demo admin, and how it closed when it does. */
function socket(api: ServerProcess, token: string): { client: Client; closed: Promise<number> } {
  let seen: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (seen = resolve));
  const client = createClient({
    url: api.wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: socketConnectionParams(token),
    onNonLazyError: () => undefined,
    on: { closed: (event) => seen((event as { code: number }).code) },
  });
  return { client, closed };
}

/** Whether a socket got its connection_ack, or the code it was closed with first. */
const acknowledged = (client: Client, closed: Promise<number>): Promise<'acknowledged' | number> =>
  Promise.race([new Promise<'acknowledged'>((resolve) => client.on('connected', () => resolve('acknowledged'))), closed]);

/** The first answer to one operation over a socket: its errors. */
function overSocket(client: Client, query: string): Promise<Errors> {
  return new Promise((resolve) => {
    const dispose = client.subscribe({ query }, {
      next: (result) => (dispose(), resolve((result.errors ?? []) as Errors)),
      error: (error) => resolve((Array.isArray(error) ? error : [error]) as Errors),
      complete: () => resolve([]),
    });
  });
}

// Depth 11 through named fragments: the first cap a nested admin query would meet.
const TOO_DEEP =
  '{ ...Q } fragment Q on Query { tickets(first: 1) { ...C } } fragment C on TicketConnection { edges { node { owner { ...U } } } } ' +
  'fragment U on User { teams { members { teams { members { teams { members { id } } } } } } }';

describe('the built API’s limits', () => {
  // NODE_ENV=development on purpose: introspection and hints follow GRAPHIQL/INTROSPECTION/FIELD_SUGGESTIONS only.
  describe('with GRAPHIQL=false, small budgets and caps', () => {
    let api: ServerProcess;
    let token: string;

    beforeAll(async () => {
      api = await startApiProcess({ GRAPHIQL: 'false', NODE_ENV: 'development', RATE_LIMIT_POINTS: '30', MAX_SOCKETS_PER_PRINCIPAL: '2', MAX_REQUEST_BYTES: '4096' });
      token = await demoAdminToken(api.baseUrl);
    });

    afterAll(async () => {
      await api.stop();
    });

    it('refuses a document over a cap with QUERY_TOO_COMPLEX on HTTP and on graphql-ws alike', async () => {
      const { client, closed } = socket(api, token);

      const http = await postGraphQL(api.baseUrl, TOO_DEEP, undefined, token);
      const ws = await overSocket(client, TOO_DEEP);

      expect(http.status).toBe(400);
      expect(http.body.errors?.map((e) => e.extensions?.['limit'])).toEqual(['depth']);
      expect([http.body.errors?.[0]?.extensions?.['code'], ws[0]?.extensions?.['code']]).toEqual(['QUERY_TOO_COMPLEX', 'QUERY_TOO_COMPLEX']);
      await client.dispose();
      await closed;
    });

    it('answers no introspection and no "did you mean" hints, on both transports', async () => {
      const { client, closed } = socket(api, token);

      const answers = [
        (await postGraphQL(api.baseUrl, '{ __schema { queryType { name } } }', undefined, token)).body.errors,
        await overSocket(client, '{ __schema { queryType { name } } }'),
        (await postGraphQL(api.baseUrl, '{ tickts(first: 1) { edges { cursor } } }', undefined, token)).body.errors,
        await overSocket(client, '{ tickts(first: 1) { edges { cursor } } }'),
      ];

      expect(answers.map((errors) => errors?.[0]?.extensions?.['code'])).toEqual(Array(4).fill('GRAPHQL_VALIDATION_FAILED'));
      expect(JSON.stringify(answers)).not.toMatch(/Did you mean|"tickets"/);
      await client.dispose();
      await closed;
    });

    it('refuses an oversized body with 413 JSON, a batch and a CSRF-prone request with 400', async () => {
      const post = (headers: Record<string, string>, body: string) => fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { ...authorizationHeaders(token), ...headers }, body });
      const json = { 'content-type': 'application/json' };

      const answers = await Promise.all([
        post(json, JSON.stringify({ query: `{ viewer { role } } #${'x'.repeat(5_000)}` })),
        post(json, JSON.stringify([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }])),
        post({ 'content-type': 'text/plain' }, JSON.stringify({ query: '{ viewer { role } }' })),
        fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ viewer { role } }')}`, { headers: authorizationHeaders(token) }),
      ]);

      expect(answers.map((a) => a.status)).toEqual([413, 400, 400, 400]);
      const bodies = await Promise.all(answers.map((a) => a.json() as Promise<{ errors: Errors }>));
      expect(bodies.map((b) => b.errors[0]?.extensions?.['code'])).toEqual(['PAYLOAD_TOO_LARGE', 'BAD_REQUEST', 'BAD_REQUEST', 'BAD_REQUEST']);
    });

    it('closes a third socket of one principal with 4429 and an oversized frame with 1009', async () => {
      // The earlier tests' sockets are closed; the server counts them out a moment after the client sees it.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const [a, b] = [socket(api, token), socket(api, token)];
      const opened = await Promise.all([acknowledged(a.client, a.closed), acknowledged(b.client, b.closed)]);

      const third = socket(api, token);
      const thirdClosed = await third.closed;
      void overSocket(a.client, `{ viewer { role } } #${'x'.repeat(5_000)}`);

      expect(opened).toEqual(['acknowledged', 'acknowledged']);
      expect(thirdClosed).toBe(4429);
      expect(await a.closed).toBe(1009);
      await Promise.all([a, b, third].map((s) => s.client.dispose()));
    });

    // Last: it spends the principal's budget.
    it('answers 429 with Retry-After once a principal has spent its budget, and keeps /health open', async () => {
      const statuses: number[] = [];
      let refused: Response | undefined;
      while (!refused && statuses.length < 40) {
        const response = await fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...authorizationHeaders(token) }, body: '{"query":"{ viewer { role } }"}' });
        statuses.push(response.status);
        if (response.status === 429) refused = response;
      }

      expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(30);
      expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused?.json()) as { errors: Errors }).errors[0]?.extensions?.['code']).toBe('RATE_LIMITED');
      expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);
    });
  });
});
