import type { Client } from 'graphql-ws';
import type { RunningApi } from '../../server';
import { collect, createApiKeyOver, liveDatabase, LIVE_DEMO_PASSWORD, openSocket, postForStatus, postGraphQL, produceUntil, signIn, startLiveApi } from '../../testing/live-api';
import { required } from '../../testing/required';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/test-databases';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { API_KEY_CACHE_MS } from './api-keys.service';
import { createIdentityServices, type IdentityServices } from './identity.services';
import { SOCKET_CLOSE } from './socket-auth';

const T0 = new Date('2026-11-24T08:30:00.000Z').getTime();
const CREATE = 'mutation { createTicket(input: { subject: "Revocation test" }) { ticket { id } } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } } }';
const VIEWER = '{ viewer { role } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Two instances are two sets of identity services over one database, each with its own cache,
// sharing a clock the test moves.
describeEachDatabase('API key revocation with a moved clock', (engine) => {
  let db: TestDatabase;
  let now = T0;
  let here: IdentityServices;
  let elsewhere: IdentityServices;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await db.dataSource.manager.insert(WorkspaceEntity, { id: 'ws-keys', name: 'Keys', createdAt: new Date(T0) });
    let n = 0;
    const deps = { dataSource: db.dataSource, clock: () => new Date(now), ids: () => `00000000-0000-4000-9c00-${String(++n).padStart(12, '0')}` };
    here = createIdentityServices(deps);
    elsewhere = createIdentityServices(deps);
  });

  afterAll(async () => {
    await db.dispose();
  });

  it('is refused at once where it was revoked, and elsewhere once its cached lookup is a minute old', async () => {
    const created = await here.apiKeys.create({ workspaceId: 'ws-keys', actor: 'test' }, 'Bot', 'integrator');
    if (!created.ok) throw new Error('no key');
    const { key, row } = created.value;
    now = T0;
    const seen = await elsewhere.authenticator.authenticate(key);
    const principal = await here.authenticator.authenticate(key);

    now = T0 + 1_000;
    await here.apiKeys.revoke('ws-keys', row.id);
    const hereAtOnce = await here.authenticator.authenticate(key);
    now = T0 + API_KEY_CACHE_MS - 1;
    const elsewhereCached = await elsewhere.authenticator.authenticate(key);
    now = T0 + API_KEY_CACHE_MS;
    const elsewhereAfterAMinute = await elsewhere.authenticator.authenticate(key);

    expect(seen).toMatchObject({ kind: 'apiKey', apiKeyId: row.id });
    expect(hereAtOnce).toBeNull();
    await expect(here.authenticator.isStillValid(required(principal))).resolves.toBe(false);
    // The documented window: another instance may accept it until its lookup is API_KEY_CACHE_MS old.
    expect(elsewhereCached).not.toBeNull();
    expect(elsewhereAfterAMinute).toBeNull();
    await expect(elsewhere.authenticator.isStillValid(required(seen))).resolves.toBe(false);
    expect(API_KEY_CACHE_MS).toBeLessThanOrEqual(60_000);
  });
});

// The real server over real sockets: `a` rechecks keys every 200 ms; `b` shares the database, and
// its clock can be moved to make its cached key lookups a minute old.
describeEachDatabase('sockets opened with an API key that is then revoked', (engine) => {
  let db: Awaited<ReturnType<typeof liveDatabase>>;
  let a: RunningApi;
  let b: RunningApi;
  let offsetOfB = 0;
  let producer: string;
  const clients: Client[] = [];
  const admin = () => signIn(a, 'aino@demo.handoff.dev', LIVE_DEMO_PASSWORD);
  const listen = (api: RunningApi, key: string) => {
    const socket = openSocket(api, key);
    clients.push(socket.client);
    return { ...socket, created: collect<{ ticketCreated: { id: string } }>(socket.client, 'subscription { ticketCreated { id } }') };
  };
  const produce = (api: RunningApi) => postGraphQL(api, CREATE, undefined, producer);

  beforeAll(async () => {
    db = await liveDatabase(engine);
    a = await startLiveApi({}, { database: db.config, overrides: { apiKeyRecheckMs: 200 } });
    b = await startLiveApi({}, { database: db.config, overrides: { apiKeyRecheckMs: 200, clock: () => new Date(Date.now() + offsetOfB) } });
    producer = (await createApiKeyOver(a, await admin())).key;
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await b?.stop();
    await a?.stop();
    await db?.dispose();
  });

  describe('when revoked on the socket’s own instance', () => {
    it('refuses the key over HTTP at once and closes the socket with 4403 at the next recheck', async () => {
      const key = await createApiKeyOver(a, await admin());
      const { closed, created } = listen(a, key.key);
      await produceUntil(() => produce(a), () => created.events.length > 0);

      const revokedAt = Date.now();
      await postGraphQL(a, REVOKE, { id: key.id }, await admin());
      const http = await postForStatus(a, VIEWER, key.key);
      const close = await closed;

      expect(http.status).toBe(401);
      expect(close.code).toBe(SOCKET_CLOSE.revoked);
      expect(close.at - revokedAt).toBeLessThan(2_000);
    });
  });

  describe('when revoked on another instance', () => {
    it('is accepted from the cache until its lookup is a minute old, then refused, and the socket closes with 4403', async () => {
      const key = await createApiKeyOver(a, await admin());
      const { closed, created } = listen(b, key.key);
      await produceUntil(() => produce(b), () => created.events.length > 0);
      let closedEarly = false;
      void closed.then(() => (closedEarly = true));

      await postGraphQL(a, REVOKE, { id: key.id }, await admin());
      await sleep(600); // three rechecks on b, all answered from its cache
      const withinTheMinute = await postForStatus(b, VIEWER, key.key);
      const stillOpen = !closedEarly;
      offsetOfB = API_KEY_CACHE_MS;
      const afterTheMinute = await postForStatus(b, VIEWER, key.key);
      const close = await closed;

      expect(withinTheMinute.status).toBe(200);
      expect(stillOpen).toBe(true);
      expect(afterTheMinute.status).toBe(401);
      expect(close.code).toBe(SOCKET_CLOSE.revoked);
    });
  });
});
