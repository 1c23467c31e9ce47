import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { RuleSetEntity } from './rule-set.entity';

const RULE_SET_FIELDS = 'id name draftVersion publishedVersion hitPolicy draft rules { id name enabled then { type teamId } }';
const CREATE = `mutation ($input: CreateRuleSetInput!) { createRuleSet(input: $input) { ruleSet { ${RULE_SET_FIELDS} } } }`;
const SAVE = `mutation ($input: SaveRuleSetDraftInput!) { saveRuleSetDraft(input: $input) { ruleSet { ${RULE_SET_FIELDS} } } }`;
const edit = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { ruleSet { ${RULE_SET_FIELDS} } } }`;

type RuleSetData = { id: string; draftVersion: number; draft: Record<string, unknown>; rules: { id: string; name: string; enabled: boolean }[] };
type Issues = { code: string; path: string }[];

const rule = (id: string, channel: string) => ({ id, name: `From ${channel}`, enabled: true, when: { field: 'conversation.channel', operator: 'equals', value: channel }, then: [] });
const ruleSetOf = (...rules: object[]) => ({ formatVersion: 1, hitPolicy: 'firstMatch', rules, fallback: [] });

describeEachDatabase('rule set drafts through the schema', (engine) => {
  let api: TestApi;
  let ruleSet: RuleSetData;
  const auditCount = () => api.db.dataSource.manager.count(AuditEntryEntity, { where: { entityType: 'ruleSet' } });
  const stored = () => api.db.dataSource.manager.findOneByOrFail(RuleSetEntity, { id: ruleSet.id });
  const issuesOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['issues'] as Issues;

  beforeEach(async () => {
    api = await createTestApi(engine);
    const res = await api.execute<{ createRuleSet: { ruleSet: RuleSetData } }>(CREATE, { input: { name: 'Channels', ruleSet: ruleSetOf(rule('email', 'email'), rule('chat', 'chat')) } });
    ruleSet = res.data?.createRuleSet.ruleSet as RuleSetData;
  });

  afterEach(async () => {
    await api.dispose();
  });

  describe('when creating', () => {
    it('starts at draft version 1, unpublished, audited', async () => {
      expect(ruleSet).toMatchObject({ draftVersion: 1, rules: [{ id: 'email' }, { id: 'chat' }] });
      expect(await auditCount()).toBe(1);
    });

    it('refuses a duplicate name at input.name', async () => {
      const res = await api.execute(CREATE, { input: { name: 'Channels' } });
      expect(issuesOf(res)).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', path: 'input.name' })]);
    });

    it('lets one of two simultaneous creations with the same name win', async () => {
      const results = await Promise.all([api.execute(CREATE, { input: { name: 'Twins' } }), api.execute(CREATE, { input: { name: 'Twins' } })]);

      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(issuesOf(results.find((r) => r.errors) ?? {})).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', path: 'input.name' })]);
      expect(await auditCount()).toBe(2);
    });
  });

  describe('when saving a draft', () => {
    it('stores it, bumps the draft version and writes one audit row', async () => {
      const res = await api.execute<{ saveRuleSetDraft: { ruleSet: RuleSetData } }>(SAVE, { input: { id: ruleSet.id, expectedDraftVersion: 1, ruleSet: ruleSetOf(rule('sms', 'sms')) } });

      expect(res.errors).toBeUndefined();
      expect(res.data?.saveRuleSetDraft.ruleSet).toMatchObject({ draftVersion: 2, publishedVersion: null, rules: [{ id: 'sms' }] });
      expect(await auditCount()).toBe(2);
    });

    it('answers VALIDATION_FAILED at paths under input.ruleSet and changes nothing', async () => {
      const before = await stored();
      const bad = ruleSetOf({ ...rule('email', 'email'), when: { field: 'conversation.channel', operator: 'resembles', value: 'email' } }, { ...rule('chat', 'carrier-pigeon'), then: [{ type: 'assignTeam', teamId: 'ghost' }] });

      const res = await api.execute(SAVE, { input: { id: ruleSet.id, expectedDraftVersion: 1, ruleSet: bad } });

      expect(res.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
      expect(issuesOf(res).map((i) => i.path)).toEqual(expect.arrayContaining(['input.ruleSet.rules[0].when.operator', 'input.ruleSet.rules[1].when.value']));
      expect(await stored()).toEqual(before);
      expect(await auditCount()).toBe(1);
    });

    it('reports assignments to teams of no team as INVALID_ID', async () => {
      const res = await api.execute(SAVE, { input: { id: ruleSet.id, expectedDraftVersion: 1, ruleSet: ruleSetOf({ ...rule('email', 'email'), then: [{ type: 'assignTeam', teamId: 'ghost' }] }) } });
      expect(issuesOf(res)).toEqual([expect.objectContaining({ code: 'INVALID_ID', path: 'input.ruleSet.rules[0].then[0].teamId' })]);
    });

    it('answers CONFLICT with the current draft version to a stale writer', async () => {
      await api.execute(SAVE, { input: { id: ruleSet.id, expectedDraftVersion: 1, ruleSet: ruleSetOf(rule('sms', 'sms')) } });

      const res = await api.execute(SAVE, { input: { id: ruleSet.id, expectedDraftVersion: 1, ruleSet: ruleSetOf(rule('form', 'form')) } });

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', entity: 'ruleSet', currentVersion: 2 });
      expect((await stored()).draft).toMatchObject({ rules: [{ id: 'sms' }] });
    });
  });

  describe('when two admins save from the same draft version', () => {
    it('lets exactly one win and audits only the winner', async () => {
      const save = (channel: string) => api.execute(SAVE, { input: { id: ruleSet.id, expectedDraftVersion: 1, ruleSet: ruleSetOf(rule(channel, channel)) } });

      const results = await Promise.all([save('sms'), save('form')]);

      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await stored()).draftVersion).toBe(2);
      expect(await auditCount()).toBe(2);
    });
  });

  describe('when editing one rule', () => {
    it('adds a rule with a fresh id at the position asked for', async () => {
      const res = await api.execute<{ addRule: { ruleSet: RuleSetData } }>(edit('addRule', 'AddRuleInput'), {
        input: { ruleSetId: ruleSet.id, expectedDraftVersion: 1, position: 0, rule: { name: 'WhatsApp', enabled: true, when: { field: 'conversation.channel', operator: 'equals', value: 'whatsapp' }, then: [] } },
      });

      expect(res.errors).toBeUndefined();
      const rules = res.data?.addRule.ruleSet.rules ?? [];
      expect(rules.map((r) => r.name)).toEqual(['WhatsApp', 'From email', 'From chat']);
      expect(rules[0]?.id).toMatch(/^rule-/);
    });

    it('points issues of an updated rule at input.rule', async () => {
      const res = await api.execute(edit('updateRule', 'UpdateRuleInput'), {
        input: { ruleSetId: ruleSet.id, expectedDraftVersion: 1, ruleId: 'chat', rule: { name: 'Chat', enabled: true, when: { field: 'ticket.moonPhase', operator: 'equals', value: 'full' }, then: [] } },
      });
      expect(issuesOf(res)).toEqual([expect.objectContaining({ code: 'UNKNOWN_FIELD', path: 'input.rule.when.field' })]);
    });

    it('disables, reorders and deletes, one draft version each', async () => {
      const base = { ruleSetId: ruleSet.id };
      await api.execute(edit('setRuleEnabled', 'SetRuleEnabledInput'), { input: { ...base, expectedDraftVersion: 1, ruleId: 'chat', enabled: false } });
      await api.execute(edit('reorderRules', 'ReorderRulesInput'), { input: { ...base, expectedDraftVersion: 2, ruleIds: ['chat', 'email'] } });
      const res = await api.execute<{ deleteRule: { ruleSet: RuleSetData } }>(edit('deleteRule', 'DeleteRuleInput'), { input: { ...base, expectedDraftVersion: 3, ruleId: 'email' } });

      expect(res.data?.deleteRule.ruleSet).toMatchObject({ draftVersion: 4, rules: [{ id: 'chat', enabled: false }] });
      expect(await auditCount()).toBe(4);
    });

    it('refuses an order that is not a permutation of the rules', async () => {
      const res = await api.execute(edit('reorderRules', 'ReorderRulesInput'), { input: { ruleSetId: ruleSet.id, expectedDraftVersion: 1, ruleIds: ['chat', 'chat'] } });
      expect(issuesOf(res)).toEqual([expect.objectContaining({ code: 'INVALID_VALUE', path: 'input.ruleIds' })]);
    });

    it('answers INVALID_ID for an unknown rule and CONFLICT for a stale version', async () => {
      const unknown = await api.execute(edit('deleteRule', 'DeleteRuleInput'), { input: { ruleSetId: ruleSet.id, expectedDraftVersion: 1, ruleId: 'nope' } });
      const stale = await api.execute(edit('deleteRule', 'DeleteRuleInput'), { input: { ruleSetId: ruleSet.id, expectedDraftVersion: 7, ruleId: 'chat' } });

      expect(issuesOf(unknown)).toEqual([expect.objectContaining({ code: 'INVALID_ID', path: 'input.ruleId' })]);
      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    });
  });
});
