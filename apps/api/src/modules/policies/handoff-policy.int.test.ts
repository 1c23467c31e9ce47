import { POLICY_LIMITS, TRIGGER_LIMITS } from '@handoff/domain';
import { TOPICS } from '../../graphql/pubsub';
import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { HandoffPolicyEntity } from './handoff-policy.entity';

const POLICY_QUERY = `{ handoffPolicy {
  version updatedBy process unassignedBehaviour document
  builtInTriggers { agentCannotAnswer visitorAskedForHuman agentPaused }
  customTriggers { id phrase mode ignoreAccents }
  assignment { mode destination strategy ruleSetId userIds teams { name } ruleSet { name publishedVersion rules { id } } }
  messages { teamAvailable }
} }`;
const UPDATE = `mutation ($input: UpdateHandoffPolicyInput!) { updateHandoffPolicy(input: $input) { policy { version process assignment { mode teamIds teams { name } } } } }`;

type PolicyData = { handoffPolicy: { version: number; document: Record<string, unknown>; [key: string]: unknown } };

describeEachDatabase('the handoff policy through the schema', (engine) => {
  let api: TestApi;
  const auditCount = () => api.db.dataSource.manager.count(AuditEntryEntity);
  const storedPolicy = () => api.db.dataSource.manager.findOneByOrFail(HandoffPolicyEntity, { workspaceId: api.workspaceId });
  const readPolicy = async () => (await api.execute<PolicyData>(POLICY_QUERY)).data?.handoffPolicy as PolicyData['handoffPolicy'];
  const teamId = async (name: string) =>
    ((await api.execute<{ teams: { id: string; name: string }[] }>('{ teams { id name } }')).data?.teams.find((t) => t.name === name)?.id as string);

  beforeEach(async () => {
    api = await createTestApi(engine);
  });

  afterEach(async () => {
    await api.dispose();
  });

  describe('when reading the seeded policy', () => {
    it('returns triggers, live process and condition routing with the published rule set', async () => {
      const res = await api.execute<PolicyData>(POLICY_QUERY);

      expect(res.errors).toBeUndefined();
      expect(res.data?.handoffPolicy).toMatchObject({
        version: 1,
        process: 'live',
        builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true },
        assignment: { mode: 'conditionRouting', destination: 'helpDesk', strategy: 'roundRobin', userIds: null, teams: null, ruleSet: { name: 'Aurora ticket routing', publishedVersion: 1 } },
      });
      expect(res.data?.handoffPolicy['customTriggers']).toEqual(
        expect.arrayContaining([
          { id: 'fi-peruutus', phrase: 'peruutus', mode: 'prefix', ignoreAccents: false },
          { id: 'fi-hyvitys', phrase: 'hyvitys', mode: 'word', ignoreAccents: false },
          { id: 'en-cancel-my-order', phrase: 'cancel my order', mode: 'phrase', ignoreAccents: false },
        ]),
      );
    });
  });

  describe('when an admin saves a valid policy', () => {
    it('bumps the version, resolves the teams and writes exactly one audit row', async () => {
      const current = await readPolicy();
      const support = await teamId('Support');
      const policy = { ...current.document, assignment: { mode: 'sameDestination', destination: 'inbox', userIds: [], teamIds: [support], strategy: 'leastLoaded' } };
      const auditBefore = await auditCount();

      const res = await api.execute(UPDATE, { input: { expectedVersion: current.version, policy } });

      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        updateHandoffPolicy: { policy: { version: 2, process: 'live', assignment: { mode: 'sameDestination', teamIds: [support], teams: [{ name: 'Support' }] } } },
      });
      expect(await auditCount()).toBe(auditBefore + 1);
      const [entry] = await api.db.dataSource.manager.find(AuditEntryEntity, { where: { entityType: 'handoffPolicy' } });
      expect(entry).toMatchObject({ actor: 'test-admin', action: 'update', before: current.document, after: policy });
    });

    it('announces the change to subscribers of the workspace', async () => {
      const current = await readPolicy();
      const events = api.events(TOPICS.configurationChanged, api.workspaceId);
      const next = events.next();

      await api.execute(UPDATE, { input: { expectedVersion: current.version, policy: { ...current.document, process: 'async' } } });

      expect((await next).value).toMatchObject({ workspaceId: api.workspaceId, payload: { entityType: 'handoffPolicy', entityId: api.workspaceId, action: 'update', version: 2, actor: 'test-admin' } });
      await events.return?.();
    });
  });

  describe('when two admins save from the same version', () => {
    it('lets one win; the other gets CONFLICT with the current version, and only the winner is audited', async () => {
      const current = await readPolicy();
      const auditBefore = await auditCount();
      const save = (process: string) => api.execute(UPDATE, { input: { expectedVersion: current.version, policy: { ...current.document, process } } });

      const results = await Promise.all([save('async'), save('none')]);

      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', entity: 'handoffPolicy', currentVersion: 2 });
      expect(await auditCount()).toBe(auditBefore + 1);
      expect((await storedPolicy()).version).toBe(2);
    });
  });

  describe('when the policy is invalid', () => {
    it('answers VALIDATION_FAILED with exact paths and leaves the stored policy untouched', async () => {
      const current = await readPolicy();
      const before = await storedPolicy();
      const auditBefore = await auditCount();
      const policy = {
        ...current.document,
        process: 'sometimes',
        customTriggers: [{ id: 't1', phrase: '   ', mode: 'word' }],
        messages: { teamAvailable: '', teamUnavailable: 'x', ticketUnassigned: 'y' },
      };

      const res = await api.execute(UPDATE, { input: { expectedVersion: current.version, policy } });

      expect(res.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
      const paths = (res.errors?.[0]?.extensions?.['issues'] as { path: string }[]).map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['input.policy.process', 'input.policy.customTriggers[0].phrase']));
      expect(await storedPolicy()).toEqual(before);
      expect(await auditCount()).toBe(auditBefore);
    });

    it('rejects a rule set id of no rule set at assignment.ruleSetId', async () => {
      const current = await readPolicy();
      const policy = { ...current.document, assignment: { mode: 'conditionRouting', ruleSetId: 'no-such-rule-set', strategy: 'roundRobin' } };

      const res = await api.execute(UPDATE, { input: { expectedVersion: current.version, policy } });

      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [expect.objectContaining({ code: 'INVALID_ID', path: 'input.policy.assignment.ruleSetId' })],
      });
    });

    it.each([
      ['a trigger id', (d: Record<string, unknown>) => ({ ...d, customTriggers: [{ id: 'i'.repeat(TRIGGER_LIMITS.maxIdLength + 1), phrase: 'refund', mode: 'word' }] }), 'input.policy.customTriggers[0].id'],
      ['a 100,000-character trigger id', (d: Record<string, unknown>) => ({ ...d, customTriggers: [{ id: 'i'.repeat(100_000), phrase: 'refund', mode: 'word' }] }), 'input.policy.customTriggers[0].id'],
      ['a team id', (d: Record<string, unknown>) => ({ ...d, assignment: { mode: 'sameDestination', destination: 'inbox', userIds: [], teamIds: ['t'.repeat(POLICY_LIMITS.maxIdLength + 1)], strategy: 'roundRobin' } }), 'input.policy.assignment.teamIds[0]'],
      ['a rule set id', (d: Record<string, unknown>) => ({ ...d, assignment: { mode: 'conditionRouting', ruleSetId: 'r'.repeat(POLICY_LIMITS.maxIdLength + 1), strategy: 'roundRobin' } }), 'input.policy.assignment.ruleSetId'],
    ])('rejects %s past its bound with LIMIT_EXCEEDED at its path, and changes nothing', async (_label, change, path) => {
      const current = await readPolicy();
      const before = await storedPolicy();
      const auditBefore = await auditCount();

      const res = await api.execute(UPDATE, { input: { expectedVersion: current.version, policy: change(current.document) } });

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ code: 'LIMIT_EXCEEDED', path })] });
      expect(await storedPolicy()).toEqual(before);
      expect(await auditCount()).toBe(auditBefore);
    });

    it('saves a trigger id of exactly its bound', async () => {
      const current = await readPolicy();
      const id = 'i'.repeat(TRIGGER_LIMITS.maxIdLength);

      const res = await api.execute(UPDATE, { input: { expectedVersion: current.version, policy: { ...current.document, customTriggers: [{ id, phrase: 'refund', mode: 'word' }] } } });

      expect(res.errors).toBeUndefined();
      expect((await readPolicy())['customTriggers']).toEqual([{ id, phrase: 'refund', mode: 'word', ignoreAccents: false }]);
    });

    it('rejects teams of no team at their index', async () => {
      const current = await readPolicy();
      const policy = { ...current.document, assignment: { mode: 'sameDestination', destination: 'inbox', userIds: [], teamIds: ['ghost-team'], strategy: 'roundRobin' } };

      const res = await api.execute(UPDATE, { input: { expectedVersion: current.version, policy } });

      expect(res.errors?.[0]?.extensions).toMatchObject({ issues: [expect.objectContaining({ code: 'INVALID_ID', path: 'input.policy.assignment.teamIds[0]' })] });
    });
  });
});
