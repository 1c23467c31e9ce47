import type { Client } from 'graphql-ws';
import type { RunningApi } from '../server';
import * as docs from '../testing/limit-documents';
import { demoAdminToken, postGraphQL, startLiveApi, tempDir, wsClient } from '../testing/live-api';

type Errors = readonly { message: string; extensions?: Record<string, unknown> }[];

/** SQL statements that touch the tickets table, from now on: a resolver reading or writing tickets ran. */
function watchTicketSql(api: RunningApi): () => number {
  const logger = api.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (query, ...rest) => {
    if (/\btickets\b/i.test(query)) count++;
    return original(query, ...rest);
  };
  return () => count;
}

/** One operation over graphql-ws: its first result's errors, or the error message's. */
function overSocket(client: Client, query: string, variables?: Record<string, unknown>): Promise<{ errors: Errors; data: unknown }> {
  return new Promise((resolve) => {
    const dispose = client.subscribe(
      { query, ...(variables ? { variables } : {}) },
      {
        next: (result) => (dispose(), resolve({ errors: (result.errors ?? []) as Errors, data: result.data })),
        error: (error) => resolve({ errors: (Array.isArray(error) ? error : [error]) as Errors, data: undefined }),
        complete: () => undefined,
      },
    );
  });
}

const overHttp = async (api: RunningApi, query: string, variables?: Record<string, unknown>) => {
  const res = await postGraphQL(api, query, variables);
  return { errors: (res.errors ?? []) as Errors, data: res.data };
};

// The server as `npm start` runs it, with the default caps, over a real HTTP connection and a real
// socket. Each refused document would read or write tickets if it ran; none may reach the database.
describe('the limits of the running API', () => {
  const dir = tempDir();
  let api: RunningApi;
  let client: Client;
  let ticketSql: () => number;

  beforeAll(async () => {
    api = await startLiveApi({ SQLITE_PATH: `${dir.path}/limits.sqlite` });
    await demoAdminToken(api);
    client = wsClient(api);
    ticketSql = watchTicketSql(api);
  });

  afterAll(async () => {
    await client.dispose();
    await api.stop();
    dir.dispose();
  });

  const send = { http: (q: string, v?: Record<string, unknown>) => overHttp(api, q, v), ws: (q: string, v?: Record<string, unknown>) => overSocket(client, q, v) };

  describe.each(['http', 'ws'] as const)('over %s', (transport) => {
    describe('when a document is over a cap', () => {
      it.each<[string, string, Record<string, unknown> | undefined, string]>([
        ['depth through named fragments', docs.deepQuery(docs.CAPS.depth + 1, 'named fragments'), undefined, 'depth'],
        ['aliases through inline fragments', docs.aliasedQuery(docs.CAPS.aliases + 1, 'inline fragments'), undefined, 'aliases'],
        ['directives', docs.directivesQuery(docs.CAPS.directives + 1), undefined, 'directives'],
        ['cost through a fragment', docs.costlyQuery('named fragments'), undefined, 'cost'],
        ['cost with page sizes as variables', docs.costlyByVariables, { n: 100 }, 'cost'],
        ['tokens of a mutation', docs.tokensMutation(docs.CAPS.tokens + 1), undefined, 'tokens'],
      ])('refuses %s with QUERY_TOO_COMPLEX, and no resolver touches tickets', async (_name, query, variables, limit) => {
        const before = ticketSql();

        const { errors, data } = await send[transport](query, variables);

        expect(errors.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit, requestId: expect.any(String) })]);
        expect(data ?? null).toBeNull();
        expect(ticketSql() - before).toBe(0);
      });
    });

    describe('when a document is at the caps', () => {
      it('runs it, and its resolvers read tickets', async () => {
        const before = ticketSql();

        const { errors, data } = await send[transport](docs.boardQuery(100));

        expect(errors).toEqual([]);
        expect(data).toEqual({ tickets: expect.objectContaining({ edges: expect.any(Array) }) });
        expect(ticketSql() - before).toBeGreaterThan(0);
      });
    });
  });

  describe('when an operation fails inside the server with SQL in its error', () => {
    beforeAll(async () => {
      await api.dataSource.query('ALTER TABLE "tickets" RENAME TO "tickets_gone"');
    });

    afterAll(async () => {
      await api.dataSource.query('ALTER TABLE "tickets_gone" RENAME TO "tickets"');
    });

    it.each(['http', 'ws'] as const)('sends only INTERNAL_SERVER_ERROR and a request id over %s', async (transport) => {
      const { errors } = await send[transport]('{ tickets(first: 1) { edges { node { id } } } }');

      expect(errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } })]);
      expect(JSON.stringify(errors)).not.toMatch(/SELECT|tickets_gone|no such table|\.ts:|\.js:|stack/i);
    });
  });
});
