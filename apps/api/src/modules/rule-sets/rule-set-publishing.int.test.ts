import { parseRuleSet } from '@handoff/domain';
import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { HandoffPolicyEntity } from '../policies/handoff-policy.entity';
import { loadActivePolicy } from '../policies/load-active-policy';
import { RuleSetVersionEntity } from './rule-set-version.entity';

const FIELDS = 'id name draftVersion publishedVersion draft versions { version publishedBy document rules { id } }';
const SEEDED = `{ ruleSets { ${FIELDS} } }`;
const SAVE = `mutation ($input: SaveRuleSetDraftInput!) { saveRuleSetDraft(input: $input) { ruleSet { ${FIELDS} } } }`;
const PUBLISH = `mutation ($input: PublishRuleSetInput!) { publishRuleSet(input: $input) { ruleSet { ${FIELDS} } } }`;
const ROLLBACK = `mutation ($input: RollbackRuleSetInput!) { rollbackRuleSet(input: $input) { ruleSet { ${FIELDS} } } }`;

type RuleSetData = { id: string; name: string; draftVersion: number; publishedVersion: number | null; draft: { rules: { id: string }[] }; versions: { version: number; document: object; rules: { id: string }[] }[] };

describeEachDatabase('publishing rule sets through the schema', (engine) => {
  let api: TestApi;
  let seeded: RuleSetData;
  const withoutFirstRule = () => ({ ...seeded.draft, rules: seeded.draft.rules.slice(1) });

  beforeEach(async () => {
    api = await createTestApi(engine);
    const res = await api.execute<{ ruleSets: RuleSetData[] }>(SEEDED);
    seeded = res.data?.ruleSets.find((r) => r.name === 'Aurora ticket routing') as RuleSetData;
  });

  afterEach(async () => {
    await api.dispose();
  });

  describe('when publishing and rolling back', () => {
    it('adds a version each time and keeps every old one', async () => {
      await api.execute(SAVE, { input: { id: seeded.id, expectedDraftVersion: 1, ruleSet: withoutFirstRule() } });
      const published = await api.execute<{ publishRuleSet: { ruleSet: RuleSetData } }>(PUBLISH, { input: { id: seeded.id, expectedDraftVersion: 2 } });
      const rolledBack = await api.execute<{ rollbackRuleSet: { ruleSet: RuleSetData } }>(ROLLBACK, { input: { id: seeded.id, version: 1 } });

      expect(published.errors).toBeUndefined();
      expect(published.data?.publishRuleSet.ruleSet).toMatchObject({ publishedVersion: 2, versions: [{ version: 2, publishedBy: 'test-admin' }, { version: 1 }] });
      const after = rolledBack.data?.rollbackRuleSet.ruleSet as RuleSetData;
      expect(after.publishedVersion).toBe(3);
      expect(after.versions.map((v) => v.version)).toEqual([3, 2, 1]);
      expect(after.versions[0]?.document).toEqual(after.versions[2]?.document);
      expect(after.draft.rules).toHaveLength(2);
    });

    it('refuses to publish a draft newer than the one the admin saw', async () => {
      await api.execute(SAVE, { input: { id: seeded.id, expectedDraftVersion: 1, ruleSet: withoutFirstRule() } });

      const res = await api.execute(PUBLISH, { input: { id: seeded.id, expectedDraftVersion: 1 } });

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(await api.db.dataSource.manager.count(RuleSetVersionEntity, { where: { ruleSetId: seeded.id } })).toBe(1);
    });

    it('refuses a rule set the policy routes with to send work to the inbox', async () => {
      const inbox = { ...seeded.draft, fallback: [{ type: 'setDestination', destination: 'inbox' }] };
      await api.execute(SAVE, { input: { id: seeded.id, expectedDraftVersion: 1, ruleSet: inbox } });

      const res = await api.execute(PUBLISH, { input: { id: seeded.id, expectedDraftVersion: 2 } });

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ code: 'INVALID_POLICY', path: 'draft.fallback[0]' })] });
    });
  });

  describe('when the policy switches to a published rule set that sends work to the inbox', () => {
    it('refuses it at assignment.ruleSetId and keeps the policy', async () => {
      const inbox = { formatVersion: 1, hitPolicy: 'firstMatch', rules: [], fallback: [{ type: 'setDestination', destination: 'inbox' }] };
      const created = await api.execute<{ createRuleSet: { ruleSet: { id: string } } }>(`mutation ($rs: JSONObject) { createRuleSet(input: { name: "Inbox", ruleSet: $rs }) { ruleSet { id } } }`, { rs: inbox });
      const id = created.data?.createRuleSet.ruleSet.id as string;
      await api.execute(PUBLISH, { input: { id, expectedDraftVersion: 1 } });
      const policy = await api.execute<{ handoffPolicy: { version: number; document: { assignment: object } } }>('{ handoffPolicy { version document } }');
      const current = policy.data?.handoffPolicy as { version: number; document: { assignment: object } };

      const res = await api.execute(`mutation ($input: UpdateHandoffPolicyInput!) { updateHandoffPolicy(input: $input) { policy { version } } }`, {
        input: { expectedVersion: current.version, policy: { ...current.document, assignment: { mode: 'conditionRouting', ruleSetId: id, strategy: 'roundRobin' } } },
      });

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ code: 'INVALID_POLICY', path: 'input.policy.assignment.ruleSetId' })] });
      expect((await loadActivePolicy(api.db.dataSource.manager, api.workspaceId))?.version).toBe(1);
    });
  });

  describe('when the handoff flow loads the active policy', () => {
    it('routes with the published version, not the draft, until the draft is published', async () => {
      const manager = api.db.dataSource.manager;
      await api.execute(SAVE, { input: { id: seeded.id, expectedDraftVersion: 1, ruleSet: withoutFirstRule() } });

      const beforePublish = await loadActivePolicy(manager, api.workspaceId);
      await api.execute(PUBLISH, { input: { id: seeded.id, expectedDraftVersion: 2 } });
      const afterPublish = await loadActivePolicy(manager, api.workspaceId);

      const ruleIds = (loaded: typeof beforePublish) => (loaded?.policy.assignment.mode === 'conditionRouting' ? loaded.policy.assignment.ruleSet.rules.map((r) => r.id) : null);
      expect(beforePublish).toMatchObject({ version: 1, ruleSetVersion: 1 });
      expect(ruleIds(beforePublish)).toEqual(['refunds-by-email', 'finnish-speakers', 'enterprise-urgent']);
      expect(afterPublish).toMatchObject({ version: 1, ruleSetVersion: 2 });
      expect(ruleIds(afterPublish)).toEqual(['finnish-speakers', 'enterprise-urgent']);
      expect(await loadActivePolicy(manager, api.workspaceId)).toEqual(afterPublish);
    });

    it('notices a row rewritten under the same version instead of serving a stale cached policy', async () => {
      const manager = api.db.dataSource.manager;
      const first = await loadActivePolicy(manager, api.workspaceId);
      const row = await manager.findOneByOrFail(HandoffPolicyEntity, { workspaceId: api.workspaceId });

      await manager.update(HandoffPolicyEntity, { workspaceId: api.workspaceId }, { document: { ...row.document, process: 'async' } });

      expect(first?.policy.process).toBe('live');
      expect((await loadActivePolicy(manager, api.workspaceId))?.policy.process).toBe('async');
    });

    it('returns null for a workspace without a policy', async () => {
      expect(await loadActivePolicy(api.db.dataSource.manager, 'some-other-workspace')).toBeNull();
    });
  });

  describe('when deleting', () => {
    const DELETE = `mutation ($input: DeleteRuleSetInput!) { deleteRuleSet(input: $input) { deletedRuleSetId } }`;

    it('refuses the rule set the policy routes with', async () => {
      const res = await api.execute(DELETE, { input: { id: seeded.id } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ code: 'INVALID_POLICY', path: 'input.id' })] });
    });

    it('deletes another one with its versions', async () => {
      const created = await api.execute<{ createRuleSet: { ruleSet: { id: string } } }>(`mutation { createRuleSet(input: { name: "Spare" }) { ruleSet { id } } }`);
      const id = created.data?.createRuleSet.ruleSet.id as string;
      await api.execute(PUBLISH, { input: { id, expectedDraftVersion: 1 } });

      const res = await api.execute(DELETE, { input: { id } });

      expect(res.data).toEqual({ deleteRuleSet: { deletedRuleSetId: id } });
      expect(await api.db.dataSource.manager.count(RuleSetVersionEntity, { where: { ruleSetId: id } })).toBe(0);
    });
  });

  describe('when creating from the template', () => {
    it('lists it and builds a draft that passes parseRuleSet, one rule per channel', async () => {
      const templates = await api.execute<{ templates: { id: string; name: string }[] }>('{ templates { id name description } }');
      const template = templates.data?.templates.find((t) => t.name === 'Reassign tickets for customer agent handoff');

      const res = await api.execute<{ createRuleSetFromTemplate: { ruleSet: { draft: object; rules: { id: string; then: { teamId: string }[] }[] } } }>(
        `mutation ($input: CreateRuleSetFromTemplateInput!) { createRuleSetFromTemplate(input: $input) { ruleSet { id draft rules { id then { type teamId } } } } }`,
        { input: { templateId: template?.id, name: 'By channel' } },
      );

      expect(res.errors).toBeUndefined();
      const created = res.data?.createRuleSetFromTemplate.ruleSet;
      expect(parseRuleSet(created?.draft).ok).toBe(true);
      expect(created?.rules.map((r) => r.id)).toEqual(['channel-email', 'channel-chat', 'channel-whatsapp', 'channel-messenger', 'channel-sms']);
      expect(created?.rules[0]?.then).toEqual([{ type: 'assignTeam', teamId: expect.any(String) }]);
    });
  });
});
