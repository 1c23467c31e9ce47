import { HARNESS_AUTH_SECRET } from '@handoff/process-harness';
import { randomUUID } from 'node:crypto';
import { dataOf, startHostileApi, type HostileApi } from './support/http';
import { HS256_HEADER, sessionClaims, signToken } from './support/jwt';
import { LANES, runInLanes } from './support/lanes';
import { Ledger } from './support/ledger';
import { findSlots, introspect, type Slot } from './support/operation-slots';
import { prepareWorld } from './support/slot-fixtures';
import { trySlot, type SlotRun } from './support/slot-runner';
import { StateWatch } from './support/snapshot';
import { exchange, judgeSocket } from './support/socket';
import { entityOf, idsOf, type Entity } from './support/tenancy-ids';
import { codeOf, judgeAnswer } from './support/verdict';

// The kinds whose ids are UUIDs, like every ID argument's own: the ones a mix-up can pass off.
const UUID_KINDS: ReadonlySet<Entity> = new Set(['ticket', 'conversation', 'ruleSet', 'team', 'user', 'apiKey', 'workspace']);

// Everything another workspace could try to read: none of workspace A's ids or names may show.
const LISTS = '{ tickets(first: 100) { edges { node { id } } } conversations(first: 100) { edges { node { id } } } ruleSets { id } apiKeys { id } users { id } teams { id } auditLog(first: 100) { edges { node { id } } } handoffPolicy { version } availability { user { id } } }';

describe('the built API given ids that are not the caller\'s', () => {
  const ledger = new Ledger('hostile/tenancy.e2e.ts');
  const apis: HostileApi[] = [];
  let api: HostileApi;
  let slots: (Slot & { entity: Entity })[];
  let ids: Record<Entity, string>;
  let otherWorkspace: string;
  let lanes: (Omit<SlotRun, 'category'> & { ids: Record<Entity, string> })[];

  beforeAll(async () => {
    apis.push(...(await Promise.all(Array.from({ length: LANES }, () => startHostileApi()))));
    lanes = await Promise.all(
      apis.map(async (each) => {
        const schema = await introspect(each);
        const world = await prepareWorld(each);
        return { api: each, schema, world, ids: await idsOf(each, world), watch: new StateWatch(each), ledger, mayStore: false };
      }),
    );
    const [first] = lanes;
    if (!first) throw new Error('no lanes');
    ({ api, ids } = first);
    slots = findSlots(first.schema).flatMap((s) => {
      const entity = s.scalar === 'ID' ? entityOf(s) : null;
      return entity ? [{ ...s, entity }] : [];
    });
    // A session of workspace B, signed with the real secret: what a member of another workspace holds.
    otherWorkspace = signToken(HS256_HEADER, sessionClaims({ userId: randomUUID(), workspaceId: randomUUID(), role: 'admin' }), HARNESS_AUTH_SECRET);
  });

  afterAll(async () => {
    ledger.save();
    await Promise.all(apis.map((each) => each.server.stop()));
  });

  describe('when every ID argument gets an unknown, malformed or other-kind id', () => {
    it('answers NOT_FOUND, a validation error or nothing, and changes nothing', async () => {
      // Each lane's own ids: the other kinds' ids are real rows of that lane's workspace.
      const values = (own: Record<Entity, string>, slot: Slot & { entity: Entity }): [string, string][] => [
        ['a random UUID', randomUUID()],
        ['the nil UUID', '00000000-0000-0000-0000-000000000000'],
        ...(Object.entries(own) as [Entity, string][]).filter(([entity]) => entity !== slot.entity && UUID_KINDS.has(entity)).map(([entity, id]): [string, string] => [`a ${entity} id`, id]),
        ['not a UUID', 'not-a-uuid'],
        ['an empty string', ''],
        ['a real id with SQL after it', `${own[slot.entity]}' OR '1'='1`],
        ['10,000 characters', 'f'.repeat(10_000)],
      ];

      await runInLanes(lanes, slots, async (lane, slot) => {
        for (const [name, value] of values(lane.ids, slot)) await trySlot({ ...lane, category: 'unknown and malformed ids' }, slot, name, value);
      });

      expect(ledger.problems().filter((p) => p.startsWith('[unknown and malformed ids]'))).toEqual([]);
    }, 120_000);
  });

  describe("when a member of another workspace names this workspace's ids", () => {
    it('answers NOT_FOUND or nothing for every ID argument, and this workspace is unchanged', async () => {
      const foreign = slots.filter((s) => !['template', 'workspace'].includes(s.entity));

      await runInLanes(lanes, foreign, (lane, slot) => trySlot({ ...lane, category: 'wrong tenant', credential: otherWorkspace }, slot, `workspace A's ${slot.entity}`, lane.ids[slot.entity]));

      expect(ledger.problems().filter((p) => p.startsWith('[wrong tenant]'))).toEqual([]);
    }, 60_000);

    it("lists none of this workspace's rows", async () => {
      const answer = await api.gql(LISTS, undefined, otherWorkspace);

      const judged = judgeAnswer(answer);
      const seen = Object.values(ids).filter((id) => answer.text.includes(id));
      const verdict = judged !== 'data' ? judged : seen.length > 0 ? { verdict: 'leaked' as const, why: `workspace A's ids visible: ${seen.join(', ')}` } : { verdict: 'notFound' as const, why: 'every list empty' };
      expect(ledger.add('wrong tenant', 'every list, read from workspace B', verdict)).toMatchObject({ verdict: 'notFound' });
    });

    it("receives none of this workspace's events on its socket", async () => {
      const subscription = { query: 'subscription { ticketEvents { cursor ticket { id subject } } }' };
      const theirs = exchange(api.server.wsUrl, { authorization: `Bearer ${otherWorkspace}` }, subscription, { timeoutMs: 2_500 });
      const ours = exchange(api.server.wsUrl, { authorization: `Bearer ${api.adminToken}` }, subscription, { timeoutMs: 2_500 });
      await new Promise((resolve) => setTimeout(resolve, 500));

      dataOf(await api.gql('mutation { createTicket(input: { subject: "for workspace A only" }) { ticket { id } } }'));
      const [b, a] = await Promise.all([theirs, ours]);

      const leaked = b.frames.some((f) => f.includes('for workspace A only'));
      ledger.add('wrong tenant', "workspace A's ticket event, on workspace B's socket", leaked ? { verdict: 'leaked', why: b.frames.join(' ') } : { verdict: 'notFound', why: 'nothing arrived' });
      expect(a.frames.some((f) => f.includes('for workspace A only'))).toBe(true);
      expect(leaked).toBe(false);
    });
  });

  describe('when a client names a workspace other than its credentials\'', () => {
    it('is refused FORBIDDEN over HTTP, for a query and a mutation, and nothing changes', async () => {
      const watch = new StateWatch(api);
      await watch.before();
      const header = { 'x-workspace-id': randomUUID() };

      const read = await api.gql('{ tickets(first: 1) { edges { node { id } } } }', undefined, api.adminToken, header);
      const write = await api.gql('mutation { renameDestination(input: { kind: inbox, name: "moved" }) { destination { name } } }', undefined, api.adminToken, header);

      const verdicts = [read, write].map((answer) => {
        const judged = judgeAnswer(answer);
        return judged === 'data' ? { verdict: 'failed' as const, why: 'ran in the named workspace' } : codeOf(answer) === 'FORBIDDEN' ? judged : { verdict: 'failed' as const, why: `answered ${codeOf(answer)}` };
      });
      ledger.add('wrong tenant', 'X-Workspace-Id of another workspace: query', verdicts[0] ?? { verdict: 'failed', why: 'none' });
      ledger.add('wrong tenant', 'X-Workspace-Id of another workspace: mutation', await watch.after(verdicts[1] ?? { verdict: 'failed', why: 'none' }));
      expect(ledger.problems().filter((p) => p.includes('X-Workspace-Id'))).toEqual([]);
    });

    it('closes a graphql-ws socket that names another workspace with 4403', async () => {
      const outcome = await exchange(api.server.wsUrl, { authorization: `Bearer ${api.adminToken}`, workspaceId: randomUUID() }, { query: 'subscription { ticketCreated { id } }' });

      const judged = judgeSocket(outcome);
      ledger.add('wrong tenant', 'workspaceId of another workspace on a socket', judged === 'data' ? { verdict: 'failed', why: 'subscribed' } : judged);
      expect(outcome.closeCode).toBe(4403);
    });
  });
});
