import type { Client } from 'graphql-ws';
import type { RunningApi } from '../../server';
import { collect, createApiKeyOver, liveDatabase, LIVE_DEMO_PASSWORD, openSocket, postForStatus, postGraphQL, produceUntil, signIn, startLiveApi } from '../../testing/live-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { createDataSource, type DatabaseConfig } from '../../db/data-source';
import { systemClock, uuidGenerator } from '../../shared/clock';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { ACCESS_TOKEN } from './access-token';
import { ApiKeysService } from './api-keys.service';
import { SOCKET_CLOSE } from './socket-auth';

const TTL_SECONDS = 2;
const CREATE = 'mutation { createTicket(input: { subject: "Socket test" }) { ticket { id } } }';
const TICKETS = 'subscription { ticketCreated { id } }';
const CHANGES = 'subscription { configurationChanged { entityId } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } } }';
const TOGGLE = 'mutation($input: SetRuleEnabledInput!) { setRuleEnabled(input: $input) { ruleSet { draftVersion } } }';
type Created = { ticketCreated: { id: string } };
type Refusal = readonly { extensions?: Record<string, unknown> }[];
/** An integrator's key in a second workspace of the same database (written directly: no API creates workspaces). */
async function keyOfAnotherWorkspace(config: DatabaseConfig): Promise<string> {
  const dataSource = await createDataSource(config).initialize();
  try {
    await dataSource.manager.insert(WorkspaceEntity, { id: 'ws-outsider', name: 'Outsider', createdAt: new Date() });
    const created = await new ApiKeysService(dataSource, systemClock, uuidGenerator).create({ workspaceId: 'ws-outsider', actor: 'test' }, 'Outsider', 'integrator');
    if (!created.ok) throw new Error('no key');
    return created.value.key;
  } finally {
    await dataSource.destroy();
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const codeOf = (error: unknown): unknown => (Array.isArray(error) ? (error as Refusal)[0]?.extensions?.['code'] : undefined);

// The real server over real sockets. Access tokens live TTL_SECONDS here (ACCESS_TOKEN_TTL_SECONDS).
// Instance `live` rechecks API keys every 200 ms; `noRecheck` never does, so what stops its
// events can only be the check on every event.
describeEachDatabase('sockets, credentials and roles over graphql-ws', (engine) => {
  let db: Awaited<ReturnType<typeof liveDatabase>>;
  let live: RunningApi;
  let noRecheck: RunningApi;
  let producer: string;
  let outsider: string;
  const clients: Client[] = [];
  const admin = (api: RunningApi) => signIn(api, 'aino@demo.handoff.dev', LIVE_DEMO_PASSWORD);
  const createTicket = (api: RunningApi) => postGraphQL(api, CREATE, undefined, producer);
  const open = (api: RunningApi, credential: string) => {
    const socket = openSocket(api, credential);
    clients.push(socket.client);
    return socket;
  };

  beforeAll(async () => {
    db = await liveDatabase(engine);
    const env = { ACCESS_TOKEN_TTL_SECONDS: String(TTL_SECONDS) };
    live = await startLiveApi(env, { database: db.config, overrides: { apiKeyRecheckMs: 200 } });
    noRecheck = await startLiveApi(env, { database: db.config, overrides: { apiKeyRecheckMs: 3_600_000 } });
    producer = (await createApiKeyOver(live, await admin(live))).key;
    outsider = await keyOfAnotherWorkspace(db.config);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await noRecheck?.stop();
    await live?.stop();
    await db?.dispose();
  });

  describe('when a session’s access token expires', () => {
    it('closes its socket with 4401 (after the clock tolerance), its events stop, and HTTP refuses the token', async () => {
      const signingInAt = Date.now();
      const token = await signIn(live, 'mikko@demo.handoff.dev', LIVE_DEMO_PASSWORD);
      const { client, closed } = open(live, token);
      const created = collect<Created>(client, TICKETS);
      await produceUntil(() => createTicket(live), () => created.events.length > 0);

      const close = await closed;
      const heard = created.events.length;
      await createTicket(live);
      await sleep(300);
      const http = await postForStatus(live, '{ viewer { role } }', token);

      expect(close.code).toBe(SOCKET_CLOSE.unauthorized);
      // `exp` is in whole seconds, so the token may end up to a second before TTL + tolerance.
      expect(close.at - signingInAt).toBeGreaterThanOrEqual((TTL_SECONDS - 1 + ACCESS_TOKEN.clockToleranceSeconds) * 1000);
      expect(close.at - signingInAt).toBeLessThan((TTL_SECONDS + ACCESS_TOKEN.clockToleranceSeconds + 3) * 1000);
      expect(created.events).toHaveLength(heard);
      expect(http.status).toBe(401);
      expect(http.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe('when a principal of another workspace listens', () => {
    it('hears none of this workspace’s events, even with a filter naming this workspace’s team', async () => {
      const teams = await postGraphQL<{ teams: { id: string }[] }>(live, '{ teams { id } }', undefined, await admin(live));
      const teamId = teams.data?.teams[0]?.id ?? '';
      const insider = collect<Created>(open(live, producer).client, `subscription { ticketCreated(filter: { teamId: "${teamId}" }) { id } }`);
      const socket = open(live, outsider).client;
      const outside = [
        collect<unknown>(socket, TICKETS),
        collect<unknown>(socket, `subscription { ticketCreated(filter: { teamId: "${teamId}" }) { id } }`),
        collect<unknown>(socket, 'subscription { ticketEvents { kind ticket { id } } }'),
      ];

      await produceUntil(() => postGraphQL(live, `mutation { createTicket(input: { subject: "Ours", teamId: "${teamId}" }) { ticket { id } } }`, undefined, producer), () => insider.events.length > 0);
      await sleep(300);

      expect(outside.map((o) => [o.events, o.errors])).toEqual([[[], []], [[], []], [[], []]]);
    });
  });

  describe('when events go out by role', () => {
    it('delivers ticket events to an agent', async () => {
      const agent = await createApiKeyOver(live, await admin(live), 'agent');
      const created = collect<Created>(open(live, agent.key).client, TICKETS);

      await produceUntil(() => createTicket(live), () => created.events.length > 0);

      expect(created.errors).toEqual([]);
      expect(created.events[0]?.ticketCreated.id).toEqual(expect.any(String));
    });

    it('refuses an agent configurationChanged at subscribe, while an integrator hears the same change', async () => {
      const agent = await createApiKeyOver(live, await admin(live), 'agent');
      const integrator = await createApiKeyOver(live, await admin(live), 'integrator');
      const refused = collect<unknown>(open(live, agent.key).client, CHANGES);
      const heard = collect<{ configurationChanged: { entityId: string } }>(open(live, integrator.key).client, CHANGES);
      const ruleSets = await postGraphQL<{ ruleSets: { id: string; draftVersion: number }[] }>(live, '{ ruleSets { id draftVersion } }', undefined, await admin(live));
      const id = ruleSets.data?.ruleSets[0]?.id ?? '';
      let draftVersion = ruleSets.data?.ruleSets[0]?.draftVersion ?? 0;
      const toggle = async () => {
        const res = await postGraphQL<{ setRuleEnabled: { ruleSet: { draftVersion: number } } }>(live, TOGGLE, { input: { ruleSetId: id, ruleId: 'finnish-speakers', enabled: draftVersion % 2 === 0, expectedDraftVersion: draftVersion } }, await admin(live));
        draftVersion = res.data?.setRuleEnabled.ruleSet.draftVersion ?? draftVersion;
      };

      await produceUntil(toggle, () => heard.events.length > 0);

      expect(refused.events).toEqual([]);
      expect(refused.errors.map(codeOf)).toEqual(['FORBIDDEN']);
      expect(heard.events[0]?.configurationChanged.entityId).toBe(id);
    });

    it('re-checks the principal on every event: once its key is revoked, the next event is refused, not delivered', async () => {
      const key = await createApiKeyOver(noRecheck, await admin(noRecheck), 'integrator');
      const created = collect<Created>(open(noRecheck, key.key).client, TICKETS);
      await produceUntil(() => createTicket(noRecheck), () => created.events.length > 0);
      const heard = created.events.length;

      await postGraphQL(noRecheck, REVOKE, { id: key.id }, await admin(noRecheck));
      await produceUntil(() => createTicket(noRecheck), () => created.errors.length > 0);

      expect(created.events).toHaveLength(heard);
      expect(codeOf(created.errors[0])).toBe('UNAUTHENTICATED');
    });
  });
});
