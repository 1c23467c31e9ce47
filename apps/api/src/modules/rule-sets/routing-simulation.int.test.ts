import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { AuditEntryEntity } from '../audit/audit-entry.entity';

const SIMULATE = `query ($input: SimulateRoutingInput!) { simulateRouting(input: $input) {
  decision { matchedRuleIds usedFallback actions { type teamId priority } }
  rules { ruleId ruleIndex name status nodes { kind path result combinator field operator expected actual } }
} }`;

type Simulation = {
  simulateRouting: {
    decision: { matchedRuleIds: string[]; usedFallback: boolean; actions: { type: string; teamId: string | null; priority: string | null }[] };
    rules: { ruleId: string; status: string; nodes: { path: string; result: boolean; expected: unknown; actual: unknown }[] }[];
  };
};

describeEachDatabase('routing simulation through the schema', (engine) => {
  let api: TestApi;
  let ruleSetId: string;
  let teams: Map<string, string>;

  beforeAll(async () => {
    api = await createTestApi(engine);
    const res = await api.execute<{ ruleSets: { id: string }[]; teams: { id: string; name: string }[] }>('{ ruleSets { id } teams { id name } }');
    ruleSetId = res.data?.ruleSets[0]?.id as string;
    teams = new Map(res.data?.teams.map((t) => [t.name, t.id]));
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when a refund arrives by email', () => {
    it('routes to Billing and explains every evaluated condition', async () => {
      const auditBefore = await api.db.dataSource.manager.count(AuditEntryEntity);
      const facts = { conversation: { channel: 'email', messageText: 'I would like a REFUND please', language: 'en' } };

      const res = await api.execute<Simulation>(SIMULATE, { input: { ruleSetId, source: 'published', facts } });

      expect(res.errors).toBeUndefined();
      const { decision, rules } = res.data?.simulateRouting ?? { decision: null, rules: [] };
      expect(decision).toEqual({ matchedRuleIds: ['refunds-by-email'], usedFallback: false, actions: [{ type: 'assignTeam', teamId: teams.get('Billing'), priority: null }] });
      expect(rules.map((r) => [r.ruleId, r.status])).toEqual([
        ['refunds-by-email', 'matched'],
        ['finnish-speakers', 'notReached'],
        ['enterprise-urgent', 'notReached'],
      ]);
      expect(rules[0]?.nodes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'rules[0].when.all[0]', result: true, expected: 'email', actual: 'email' }),
          expect.objectContaining({ path: 'rules[0].when.all[1].any[0]', result: true, expected: 'refund' }),
        ]),
      );
      expect(await api.db.dataSource.manager.count(AuditEntryEntity)).toBe(auditBefore);
    });
  });

  describe('when nothing matches', () => {
    it('uses the fallback and says why each rule failed', async () => {
      const res = await api.execute<Simulation>(SIMULATE, { input: { ruleSetId, source: 'draft', facts: { conversation: { channel: 'chat' }, contact: { tier: 'free' } } } });

      const simulation = res.data?.simulateRouting;
      expect(simulation?.decision).toMatchObject({ matchedRuleIds: [], usedFallback: true, actions: [{ type: 'assignTeam', teamId: teams.get('Support') }] });
      expect(simulation?.rules.every((r) => r.status === 'notMatched')).toBe(true);
      expect(simulation?.rules[2]?.nodes).toEqual([expect.objectContaining({ expected: 'enterprise', actual: 'free', result: false })]);
    });
  });

  describe('when the rule set is unknown', () => {
    it('answers NOT_FOUND at input.ruleSetId', async () => {
      const res = await api.execute(SIMULATE, { input: { ruleSetId: 'nope', source: 'draft', facts: {} } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', path: 'input.ruleSetId' });
    });
  });
});
