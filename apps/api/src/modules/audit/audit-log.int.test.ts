import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';

const PAGE = `query ($first: Int!, $after: String) { auditLog(first: $first, after: $after) {
  edges { cursor node { id actor entityType action after } }
  pageInfo { hasNextPage endCursor }
} }`;

type Page = { auditLog: { edges: { node: { id: string; action: string; after: { name?: string } | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describeEachDatabase('the audit log through the schema', (engine) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi(engine);
    for (const name of ['First', 'Second', 'Third']) {
      await api.execute(`mutation ($name: String!) { createRuleSet(input: { name: $name }) { ruleSet { id } } }`, { name });
      api.setNow(new Date(Date.parse('2026-11-24T09:00:00.000Z') + name.length * 1000).toISOString());
    }
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when paging', () => {
    it('returns every entry once, newest first, across pages', async () => {
      const first = await api.execute<Page>(PAGE, { first: 2 });
      const second = await api.execute<Page>(PAGE, { first: 2, after: first.data?.auditLog.pageInfo.endCursor });

      expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
      expect(second.data?.auditLog.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
      const nodes = [...(first.data?.auditLog.edges ?? []), ...(second.data?.auditLog.edges ?? [])].map((e) => e.node);
      expect(nodes.map((n) => n.after?.name)).toEqual(['Third', 'Second', 'First']);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(3);
      expect(nodes[0]).toMatchObject({ action: 'create', actor: 'test-admin', entityType: 'ruleSet' });
    });

    it('refuses more than 100 per page and a cursor it did not give out', async () => {
      const tooMany = await api.execute(PAGE, { first: 101 });
      const forged = await api.execute(PAGE, { first: 2, after: 'not-a-cursor' });

      expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path: 'after' })] });
    });
  });
});
