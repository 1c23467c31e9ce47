import fc from 'fast-check';
import { getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { ApiKeyEntity } from './modules/identity/api-key.entity';
import { hashPassword } from './modules/identity/passwords';
import { ConversationEntity } from './modules/conversations/conversation.entity';
import { TeamEntity } from './modules/people/team.entity';
import { UserEntity } from './modules/people/user.entity';
import { HandoffPolicyEntity } from './modules/policies/handoff-policy.entity';
import { RuleSetEntity } from './modules/rule-sets/rule-set.entity';
import { TicketEntity } from './modules/tickets/ticket.entity';
import { DEMO_WORKSPACE_ID } from './seed/seed-demo-workspace';
import { required } from './testing/required';
import { seedSecondWorkspace, type WorkspaceIds } from './testing/second-workspace';
import { tableDigest } from './testing/table-digest';
import { createTestApi, type TestApi, type TestResponse } from './testing/test-api';
import { describeEachDatabase } from './testing/test-databases';
import { createSchema } from './schema';
import { ID_OPERATIONS, NOT_WORKSPACE_IDS, type IdKind, type IdOperation, type TenancyFixture, type TenantFixture } from './testing/tenancy-operations';

const OWN_ADMIN = { email: 'aino@demo.handoff.dev', password: 'tenancy test password' };

/** What an answer amounts to: the refusal it is, or 'answered' when it gave something away. */
function refusalOf(res: TestResponse): string {
  const [first, ...rest] = res.errors ?? [];
  if (first) {
    const code = String(first.extensions?.['code']);
    if (rest.some((e) => e.extensions?.['code'] !== code)) return `mixed errors: ${JSON.stringify(res.errors)}`;
    if (code !== 'VALIDATION_FAILED') return code;
    const issues = (first.extensions?.['issues'] ?? []) as { code: string }[];
    return issues.length > 0 && issues.every((i) => i.code === 'INVALID_ID') ? 'INVALID_ID' : `VALIDATION_FAILED ${JSON.stringify(issues)}`;
  }
  const value = Object.values(res.data ?? {})[0];
  if (value === null) return 'null';
  const edges = (value as { edges?: unknown[] } | undefined)?.edges;
  return Array.isArray(edges) && edges.length === 0 ? 'emptyList' : `answered ${JSON.stringify(res.data)}`;
}

/** The response with the given ids masked, to compare answers about different ids. */
const masked = (res: TestResponse, ids: readonly string[]): string =>
  ids.reduce((json, id) => json.split(id).join('<id>'), JSON.stringify(res).replace(/"requestId":"[^"]*"/g, '"requestId":"…"'));

describeEachDatabase('tenancy: workspace A never reaches a row of workspace B', (engine) => {
  let api: TestApi;
  let fx: TenancyFixture;

  const poolOf = (tenant: TenantFixture, kind: IdKind): readonly string[] => {
    const { ids } = tenant;
    const pools: Record<IdKind, readonly string[]> = {
      users: ids.users,
      teams: ids.teams,
      tickets: ids.tickets,
      conversations: ids.conversations,
      ruleSets: [ids.ruleSetId],
      apiKeys: ids.apiKeys,
      workspaces: [ids.workspaceId],
    };
    return pools[kind];
  };

  const run = (op: IdOperation, slot: Record<string, string>) =>
    api.execute(op.document, op.variables(slot, fx), op.anonymous ? { as: null } : { as: 'admin', workspaceId: DEMO_WORKSPACE_ID });

  /**
   * Runs an operation as workspace A's admin (the widest reach A has: roles only ever narrow it)
   * with the slots as picked, then again with every foreign id replaced by a random one, and
   * checks: the answer is the operation's refusal, it is the same as for an id that exists
   * nowhere (no existence oracle), and no row of any table changed.
   */
  const expectRefused = async (op: IdOperation, picks: Record<string, { foreign: boolean; index: number }>) => {
    const slot: Record<string, string> = {};
    const control: Record<string, string> = {};
    const foreignIds: string[] = [];
    const randomIds: string[] = [];
    for (const [name, kind] of Object.entries(op.slots)) {
      const pick = required(picks[name]);
      const pool = poolOf(pick.foreign ? fx.other : fx.own, kind);
      const id = required(pool[pick.index % pool.length]);
      const stranger = randomUUID();
      slot[name] = id;
      control[name] = pick.foreign ? stranger : id;
      if (pick.foreign) {
        foreignIds.push(id);
        randomIds.push(stranger);
      }
    }
    const before = await tableDigest(api.db.dataSource);

    const answer = await run(op, slot);
    const nowhere = await run(op, control);

    const after = await tableDigest(api.db.dataSource);
    if (op.refusal !== 'sameAsUnknown') expect({ op: op.name, refusal: refusalOf(answer) }).toEqual({ op: op.name, refusal: op.refusal });
    expect(masked(answer, foreignIds)).toBe(masked(nowhere, randomIds));
    expect(after.counts).toEqual(before.counts);
    expect(after.digest).toBe(before.digest);
  };

  const allForeign = (op: IdOperation) => Object.fromEntries(Object.keys(op.slots).map((name) => [name, { foreign: true, index: 0 }]));

  beforeAll(async () => {
    api = await createTestApi(engine);
    const { manager } = api.db.dataSource;
    await manager.update(UserEntity, { workspaceId: DEMO_WORKSPACE_ID, email: OWN_ADMIN.email }, { passwordHash: await hashPassword(OWN_ADMIN.password) });
    const other = await seedSecondWorkspace(api);
    // Workspace A's own activity, through the API, so its pools hold tickets, conversations and keys too.
    await api.execute('mutation { postVisitorMessage(input: { channel: chat, text: "Can I talk to a human, please?" }) { message { id } } }', undefined, { as: 'integrator' });
    await api.execute('mutation { createTicket(input: { subject: "Our own" }) { ticket { id } } }', undefined, { as: 'integrator' });
    const tenant = async (workspaceId: string, base: Pick<WorkspaceIds, 'adminId'>): Promise<TenantFixture> => {
      const ruleSet = await manager.findOneByOrFail(RuleSetEntity, { workspaceId });
      const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
      const tickets = await manager.findBy(TicketEntity, { workspaceId });
      // Owners and teams of tickets first: a filter naming them is the one that could leak a ticket.
      const byTickets = (key: 'ownerId' | 'teamId') => (rows: { id: string }[]) =>
        ids(rows).sort((a, b) => tickets.filter((t) => t[key] === b).length - tickets.filter((t) => t[key] === a).length);
      return {
        ids: {
          workspaceId,
          adminId: base.adminId,
          users: byTickets('ownerId')(await manager.findBy(UserEntity, { workspaceId })),
          teams: byTickets('teamId')(await manager.findBy(TeamEntity, { workspaceId })),
          tickets: ids(tickets),
          conversations: ids(await manager.findBy(ConversationEntity, { workspaceId })),
          ruleSetId: ruleSet.id,
          apiKeys: ids(await manager.findBy(ApiKeyEntity, { workspaceId })),
        },
        ruleSetDraftVersion: ruleSet.draftVersion,
        ruleIds: (ruleSet.draft as { rules: { id: string }[] }).rules.map((r) => r.id),
      };
    };
    const own = await tenant(DEMO_WORKSPACE_ID, { adminId: '' });
    fx = {
      own,
      other: await tenant(other.workspaceId, other),
      ownPolicyVersion: (await manager.findOneByOrFail(HandoffPolicyEntity, { workspaceId: DEMO_WORKSPACE_ID })).version,
      ownRule: {
        id: 'tenancy-probe',
        name: 'Cross-tenant probe',
        enabled: true,
        when: { field: 'conversation.channel', operator: 'equals', value: 'email' },
        then: [{ type: 'assignTeam', teamId: required(own.ids.teams[0]) }],
      },
      ownAdmin: OWN_ADMIN,
    };
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when workspace B is seeded', () => {
    it('has rows of its own in every table that belongs to a workspace, so every kind of row is probed', async () => {
      const tables = api.db.dataSource.entityMetadatas.filter((m) => m.findColumnWithPropertyName('workspaceId'));
      const empty: string[] = [];
      for (const meta of tables) {
        if ((await api.db.dataSource.manager.countBy(meta.target, { workspaceId: fx.other.ids.workspaceId })) === 0) empty.push(meta.tableName);
      }
      expect(tables.length).toBeGreaterThan(10);
      expect(empty).toEqual([]);
      for (const kind of ['users', 'teams', 'tickets', 'conversations', 'apiKeys'] as const) expect(poolOf(fx.other, kind).length).toBeGreaterThan(0);
    });
  });

  describe('when A names only B’s ids', () => {
    it.each(ID_OPERATIONS.map((op) => [op.name, op] as const))('%s refuses, the same as for an unknown id, and changes nothing', async (_name, op) => {
      await expectRefused(op, allForeign(op));
    });
  });

  describe('when A mixes its own ids with B’s at random', () => {
    it('refuses every mix, indistinguishably from unknown ids, without changing a row (property)', async () => {
      const mixes = fc.constantFrom(...ID_OPERATIONS).chain((op) => {
        const names = Object.keys(op.slots);
        const picks = fc.tuple(fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }), fc.array(fc.nat(), { minLength: names.length, maxLength: names.length }));
        return picks
          .filter(([foreign]) => foreign.some(Boolean))
          .map(([foreign, index]) => ({ op, picks: Object.fromEntries(names.map((n, i) => [n, { foreign: required(foreign[i]), index: required(index[i]) }])) }));
      });
      await fc.assert(
        fc.asyncProperty(mixes, async ({ op, picks }) => expectRefused(op, picks)),
        { numRuns: 60 },
      );
    });
  });
});

/** Whether a type (an argument's or an input field's) is or contains an ID, however deeply nested. */
function takesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => takesId(field.type, seen));
}

describe('the list of operations taking ids', () => {
  it('covers every query and mutation of the schema with an ID argument or input field', async () => {
    const schema = await createSchema();
    const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((root) => Object.values(root?.getFields() ?? {}));
    const takingIds = roots.filter((field) => field.args.some((arg) => takesId(arg.type))).map((f) => f.name);
    const listed = new Set([...ID_OPERATIONS.map((op) => op.name.split('#')[0]), ...Object.keys(NOT_WORKSPACE_IDS)]);

    expect(takingIds.filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !roots.some((f) => f.name === name))).toEqual([]);
    expect(takingIds.length).toBeGreaterThan(20);
  });
});
