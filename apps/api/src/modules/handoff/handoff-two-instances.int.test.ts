import type { Client } from 'graphql-ws';
import type { RunningApi } from '../../server';
import { collect, postGraphQL, produceUntil, startLiveApi, tempDir, wsClient } from '../../testing/live-api';

const redisUrl = process.env['REDIS_URL'] ?? (process.env['CI'] ? undefined : 'redis://127.0.0.1:6379');
const POST = `mutation ($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { handoff { ticket { id } } } }`;

// Two instances share one SQLite file (WAL, busy timeout) and one Redis, as two replicas behind
// a load balancer share a database and Redis.
describe('events across two instances through Redis', () => {
  const dir = tempDir();
  let a: RunningApi;
  let b: RunningApi;
  let client: Client;

  beforeAll(async () => {
    if (!redisUrl) throw new Error('REDIS_URL must be set when CI is set');
    const env = { SQLITE_PATH: `${dir.path}/shared.sqlite`, REDIS_URL: redisUrl };
    a = await startLiveApi(env);
    b = await startLiveApi(env); // after A, so only A migrates and seeds
    client = wsClient(b);
  });

  afterAll(async () => {
    await client?.dispose();
    await b?.stop();
    await a?.stop();
    dir.dispose();
  });

  describe('when a handoff happens on instance A', () => {
    it('reaches a ticketCreated subscriber connected to instance B', async () => {
      const created = collect<{ ticketCreated: { id: string; subject: string } }>(client, 'subscription { ticketCreated { id subject } }');
      let n = 0;
      const ids: string[] = [];

      await produceUntil(
        async () => {
          const res = await postGraphQL<{ postVisitorMessage: { handoff: { ticket: { id: string } | null } } }>(a, POST, {
            input: { channel: 'chat', text: `Can I talk to a human, please? (${n++})` },
          });
          const id = res.data?.postVisitorMessage.handoff.ticket?.id;
          if (!id) throw new Error(`No ticket: ${JSON.stringify(res)}`);
          ids.push(id);
        },
        // Other suites may share this Redis and workspace id: wait for one of OUR tickets.
        () => created.events.some((e) => ids.includes(e.ticketCreated.id)),
      );

      expect(created.errors).toEqual([]);
      created.dispose();
    });
  });
});
