import { Writable } from 'node:stream';
import { createDefaultHandoffPolicy, RULE_SET_FORMAT_VERSION } from '@handoff/domain';
import { createLogger } from '../../observability/logger';
import { DEMO_WORKSPACE_ID } from '../../seed/seed-demo-workspace';
import type { RunningApi } from '../../server';
import { liveDatabase, postGraphQL, startLiveApi } from '../../testing/live-api';
import { OVER_BOUND_RULE_SETS, overBoundPolicies, overwriteStoredJson, VALID_RULE_SET, type OverBoundDocument } from '../../testing/over-bound-documents';
import { required } from '../../testing/required';
import { describeEachDatabase } from '../../testing/test-databases';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { RuleSetVersionEntity } from '../rule-sets/rule-set-version.entity';
import { RuleSetEntity } from '../rule-sets/rule-set.entity';
import { HandoffPolicyEntity } from './handoff-policy.entity';

const POST = `mutation ($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) {
  handoff { handedOff messageKind messageText ticket { id destination owner { name } assignments { reason } } }
} }`;
const PROBLEM = 'part version issues { code path message }';
const POLICY = `{ handoffPolicy { version document storedProblem { ${PROBLEM} } } }`;
const UPDATE_POLICY = 'mutation ($input: UpdateHandoffPolicyInput!) { updateHandoffPolicy(input: $input) { policy { version } } }';
const CREATE_RULE_SET = 'mutation ($input: CreateRuleSetInput!) { createRuleSet(input: $input) { ruleSet { id draftVersion } } }';
const PUBLISH = 'mutation ($input: PublishRuleSetInput!) { publishRuleSet(input: $input) { ruleSet { publishedVersion } } }';
const SAVE_DRAFT = 'mutation ($input: SaveRuleSetDraftInput!) { saveRuleSetDraft(input: $input) { ruleSet { draftVersion } } }';
const READ_RULE_SET = `query ($id: ID!) { ruleSet(id: $id) {
  id draft draftVersion rules { id } draftProblem { ${PROBLEM} } versions { version rules { id } problem { ${PROBLEM} } }
} }`;
const READ_RULE_SETS = `{ ruleSets { id draftProblem { ${PROBLEM} } } }`;
const ADD_RULE = 'mutation ($input: AddRuleInput!) { addRule(input: $input) { ruleSet { draftVersion } } }';
const ROLLBACK = 'mutation ($input: RollbackRuleSetInput!) { rollbackRuleSet(input: $input) { ruleSet { publishedVersion } } }';
const SIMULATE_ROUTING = 'query ($input: SimulateRoutingInput!) { simulateRouting(input: $input) { decision { usedFallback } } }';
const SIMULATE_HANDOFF = 'query ($input: SimulateHandoffInput!) { simulateHandoff(input: $input) { handedOff } }';
const EMPTY_RULE_SET = { formatVersion: RULE_SET_FORMAT_VERSION, hitPolicy: 'firstMatch', rules: [], fallback: [] };
const ASK_FOR_A_PERSON = { channel: 'chat', text: 'Can I talk to a human, please?' };
// A loaded, shared 2-core machine may be slow; a hang is not.
const PROMPT_MS = 5_000;

type Answer<T = Record<string, unknown>> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
type Handoff = { handedOff: boolean; messageKind: string; messageText: string; ticket: { id: string; destination: string; owner: { name: string } | null; assignments: { reason: string }[] } | null };
type LogLine = Record<string, unknown> & { level: string; msg: string };
type Problem = { part: string; version: number; issues: { code: string; path: string; message: string }[] };
type ReadRuleSet = {
  id: string;
  draft: Record<string, unknown>;
  draftVersion: number;
  rules: { id: string }[];
  draftProblem: Problem | null;
  versions: { version: number; rules: { id: string }[]; problem: Problem | null }[];
};
type ReadPolicy = { version: number; document: Record<string, unknown>; storedProblem: Problem | null };

// Rule trees (and policies) are bounded on write by the parsers; these documents are planted in
// the database behind the API's back, and every way of loading them must answer promptly: routing
// takes the safe path (the ticket is never lost), reads answer what is in effect with the problem
// (so the admin app can show and replace it), running the document a coded error, and all log it.
describeEachDatabase('stored documents past their bounds, on load', (engine) => {
  let db: Awaited<ReturnType<typeof liveDatabase>>;
  let api: RunningApi;
  const logs: LogLine[] = [];
  const gql = async <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<Answer<T> & { ms: number }> => {
    const started = performance.now();
    const answer = (await postGraphQL<T>(api, query, variables)) as Answer<T>;
    return { ...answer, ms: performance.now() - started };
  };
  const dataOf = <T>(answer: Answer<T>): T => required(answer.data, JSON.stringify(answer.errors));
  const storedPolicy = async () => required(dataOf(await gql<{ handoffPolicy: ReadPolicy | null }>(POLICY)).handoffPolicy, 'no policy');
  const readRuleSet = async (id: string) => required(dataOf(await gql<{ ruleSet: ReadRuleSet | null }>(READ_RULE_SET, { id })).ruleSet, `no rule set ${id}`);
  const readAnswers = (handledBy: RegExp) => (l: LogLine) => typeof l['handledBy'] === 'string' && handledBy.test(l['handledBy']);
  const logsAbout = (id: string) => logs.filter((l) => l.level === 'error' && l['id'] === id);
  const auditRows = () => api.dataSource.manager.count(AuditEntryEntity);

  /** A rule set created and published through the API, and the policy routing with it. */
  async function routeWithNewRuleSet(name: string): Promise<{ id: string }> {
    const created = dataOf(await gql<{ createRuleSet: { ruleSet: { id: string; draftVersion: number } } }>(CREATE_RULE_SET, { input: { name, ruleSet: VALID_RULE_SET } })).createRuleSet.ruleSet;
    dataOf(await gql(PUBLISH, { input: { id: created.id, expectedDraftVersion: created.draftVersion } }));
    const policy = await storedPolicy();
    const document = { ...policy.document, assignment: { mode: 'conditionRouting', ruleSetId: created.id, strategy: 'roundRobin' } };
    dataOf(await gql(UPDATE_POLICY, { input: { expectedVersion: policy.version, policy: document } }));
    return created;
  }

  const expectIssue = (issues: unknown, doc: OverBoundDocument) =>
    expect((issues as { code: string; path: string }[])[0]).toEqual(expect.objectContaining({ code: doc.code, path: expect.stringMatching(`^${escape(doc.pathPrefix)}`) }));

  beforeAll(async () => {
    db = await liveDatabase(engine);
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => void (logs.push(JSON.parse(chunk.toString()) as LogLine), done()) });
    api = await startLiveApi({ RATE_LIMIT_POINTS: '100000' }, { database: db.config, overrides: { logger: createLogger('warn', sink) } });
  });

  afterAll(async () => {
    await api?.stop();
    await db?.dispose();
  });

  describe.each(OVER_BOUND_RULE_SETS.map((doc) => [doc.bound, doc] as const))('when the published rule set breaks %s', (bound, doc) => {
    let ruleSetId: string;

    beforeAll(async () => {
      ruleSetId = (await routeWithNewRuleSet(`over ${bound}`)).id;
      await overwriteStoredJson(api.dataSource, RuleSetEntity, 'draft', doc.json, { id: ruleSetId });
      await overwriteStoredJson(api.dataSource, RuleSetVersionEntity, 'document', doc.json, { rule_set_id: ruleSetId, version: 1 });
    });

    it('still hands off: the ticket goes to the help desk unassigned, the visitor sees the unassigned text, and it is logged', async () => {
      const policy = await storedPolicy();

      const answer = await gql<{ postVisitorMessage: { handoff: Handoff } }>(POST, { input: ASK_FOR_A_PERSON });

      expect(answer.ms).toBeLessThan(PROMPT_MS);
      const handoff = dataOf(answer).postVisitorMessage.handoff;
      expect(handoff).toMatchObject({ handedOff: true, messageKind: 'ticketUnassigned', messageText: (policy.document['messages'] as Record<string, string>)['ticketUnassigned'] });
      expect(handoff.ticket).toMatchObject({ destination: 'helpDesk', owner: null });
      expect(handoff.ticket?.assignments[0]?.reason).toContain(`stored ruleSet ${ruleSetId} (published 1) fails validation (${doc.code})`);
      const [line] = logsAbout(ruleSetId);
      expect(line).toMatchObject({ msg: 'A stored document fails validation on load', entity: 'ruleSet', part: 'published', version: 1, handledBy: expect.stringContaining('routed with no rules') });
      expectIssue(line?.['issues'], doc);
    });

    it('answers reads with what is in effect (no rules, as routing uses) and each problem, and logs it', async () => {
      const read = await gql<{ ruleSet: ReadRuleSet }>(READ_RULE_SET, { id: ruleSetId });
      const list = await gql<{ ruleSets: { id: string; draftProblem: Problem | null }[] }>(READ_RULE_SETS);

      expect(read.ms).toBeLessThan(PROMPT_MS);
      expect(list.ms).toBeLessThan(PROMPT_MS);
      const ruleSet = dataOf(read).ruleSet;
      // The published version is unusable too, so the draft in effect is the empty rule set.
      expect(ruleSet).toMatchObject({ draft: EMPTY_RULE_SET, draftVersion: 1, rules: [], draftProblem: { part: 'draft', version: 1 } });
      expectIssue(ruleSet.draftProblem?.issues, doc);
      expect(ruleSet.versions).toEqual([{ version: 1, rules: [], problem: expect.objectContaining({ part: 'published', version: 1 }) }]);
      expectIssue(ruleSet.versions[0]?.problem?.issues, doc);
      // One bad draft does not take the list down: it answers every set, this one with its problem.
      const listed = dataOf(list).ruleSets;
      expect(listed.filter((rs) => rs.draftProblem !== null).map((rs) => [rs.id, rs.draftProblem?.version])).toEqual([[ruleSetId, 1]]);
      expect(logsAbout(ruleSetId).filter(readAnswers(/^read answered/)).map((l) => l['part'])).toEqual(expect.arrayContaining(['draft', 'published']));
    });

    it('answers simulations, publishing, rolling back and one-rule edits with STORED_DOCUMENT_INVALID at the bound, changing nothing', async () => {
      const auditBefore = await auditRows();

      const answers = {
        simulatePublished: await gql(SIMULATE_ROUTING, { input: { ruleSetId, source: 'published', facts: {} } }),
        simulateDraft: await gql(SIMULATE_ROUTING, { input: { ruleSetId, source: 'draft', facts: {} } }),
        simulateHandoff: await gql(SIMULATE_HANDOFF, { input: { ...ASK_FOR_A_PERSON, ruleSetSource: 'draft' } }),
        publish: await gql(PUBLISH, { input: { id: ruleSetId, expectedDraftVersion: 1 } }),
        rollback: await gql(ROLLBACK, { input: { id: ruleSetId, version: 1 } }),
        // One rule edits the stored draft, so it needs that draft; saveRuleSetDraft replaces it whole.
        addRule: await gql(ADD_RULE, { input: { ruleSetId, expectedDraftVersion: 1, rule: { name: 'r', enabled: true, when: { all: [] }, then: [] } } }),
      };

      for (const [what, answer] of Object.entries(answers)) {
        expect([what, answer.ms < PROMPT_MS]).toEqual([what, true]);
        expect([what, answer.errors?.[0]?.extensions]).toEqual([what, expect.objectContaining({ code: 'STORED_DOCUMENT_INVALID', entity: 'ruleSet', id: ruleSetId })]);
        expectIssue(answer.errors?.[0]?.extensions?.['issues'], doc);
      }
      expect(answers.publish.errors?.[0]?.extensions).toMatchObject({ part: 'draft', version: 1 });
      expect(answers.simulatePublished.errors?.[0]?.extensions).toMatchObject({ part: 'published', version: 1 });
      expect(answers.rollback.errors?.[0]?.extensions).toMatchObject({ part: 'published', version: 1 });
      expect(answers.addRule.errors?.[0]?.extensions).toMatchObject({ part: 'draft', version: 1 });
      expect(await api.dataSource.manager.countBy(RuleSetVersionEntity, { ruleSetId })).toBe(1);
      expect(await auditRows()).toBe(auditBefore);
      expect(logsAbout(ruleSetId).some((l) => l['handledBy'] === 'refused with STORED_DOCUMENT_INVALID')).toBe(true);
    });

    it('refuses a policy update that routes with it, at assignment.ruleSetId, saying where', async () => {
      const policy = await storedPolicy();

      const answer = await gql(UPDATE_POLICY, { input: { expectedVersion: policy.version, policy: { ...policy.document, process: 'async' } } });

      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ code: doc.code, path: 'input.policy.assignment.ruleSetId', message: expect.stringMatching(/^published version 1/) })] });
      expect((await storedPolicy()).version).toBe(policy.version);
    });

    it('can be replaced by saving a valid draft and publishing it, after which routing uses it again', async () => {
      const saved = await gql<{ saveRuleSetDraft: { ruleSet: { draftVersion: number } } }>(SAVE_DRAFT, { input: { id: ruleSetId, expectedDraftVersion: 1, ruleSet: VALID_RULE_SET } });
      const published = await gql(PUBLISH, { input: { id: ruleSetId, expectedDraftVersion: dataOf(saved).saveRuleSetDraft.ruleSet.draftVersion } });

      const answer = await gql<{ postVisitorMessage: { handoff: Handoff } }>(POST, { input: ASK_FOR_A_PERSON });

      expect(published.errors).toBeUndefined();
      expect(dataOf(answer).postVisitorMessage.handoff.ticket?.assignments[0]?.reason).not.toContain('fails validation');
      expect(await readRuleSet(ruleSetId)).toMatchObject({ draftVersion: 2, draftProblem: null, rules: [{ id: 'r0' }], versions: [{ version: 2, problem: null }, { version: 1 }] });
    });
  });

  describe('when only the draft breaks a bound and the published version is fine', () => {
    const [doc] = OVER_BOUND_RULE_SETS;
    let ruleSetId: string;

    beforeAll(async () => {
      ruleSetId = (await routeWithNewRuleSet('draft over a bound')).id;
      await overwriteStoredJson(api.dataSource, RuleSetEntity, 'draft', required(doc).json, { id: ruleSetId });
    });

    it('answers the published version as the draft, with the draft version and its problem', async () => {
      const ruleSet = await readRuleSet(ruleSetId);

      expect(ruleSet).toMatchObject({ draft: VALID_RULE_SET, draftVersion: 1, rules: [{ id: 'r0' }], draftProblem: { part: 'draft', version: 1 }, versions: [{ version: 1, problem: null }] });
      expectIssue(ruleSet.draftProblem?.issues, required(doc));
    });

    it('is replaced by saving a draft at that version, which clears the problem', async () => {
      const draft = { ...VALID_RULE_SET, hitPolicy: 'collectAll' };

      const saved = await gql(SAVE_DRAFT, { input: { id: ruleSetId, expectedDraftVersion: 1, ruleSet: draft } });

      expect(saved.errors).toBeUndefined();
      expect(await readRuleSet(ruleSetId)).toMatchObject({ draft, draftVersion: 2, draftProblem: null });
    });
  });

  describe('when the stored policy breaks a bound', () => {
    let valid: Record<string, unknown>;

    beforeAll(async () => {
      valid = (await storedPolicy()).document;
    });

    describe.each(overBoundPolicies({}).map((doc, i) => [doc.bound, i] as const))('(%s)', (_bound, index) => {
      let doc: OverBoundDocument;
      let policyVersion: number;

      beforeAll(async () => {
        doc = required(overBoundPolicies(valid)[index]);
        policyVersion = (await storedPolicy()).version;
        await overwriteStoredJson(api.dataSource, HandoffPolicyEntity, 'document', doc.json, { workspace_id: DEMO_WORKSPACE_ID });
      });

      it('still hands off by the default policy, and logs it', async () => {
        const answer = await gql<{ postVisitorMessage: { handoff: Handoff } }>(POST, { input: ASK_FOR_A_PERSON });

        expect(answer.ms).toBeLessThan(PROMPT_MS);
        const handoff = dataOf(answer).postVisitorMessage.handoff;
        expect(handoff.handedOff).toBe(true);
        expect(handoff.ticket?.assignments[0]?.reason).toContain('the default policy decided instead');
        const line = logs.filter((l) => l['entity'] === 'handoffPolicy' && String(l['handledBy']).includes('the default policy decided instead')).at(-1);
        expect(line).toMatchObject({ level: 'error', id: DEMO_WORKSPACE_ID, part: 'current', version: policyVersion });
        expectIssue(line?.['issues'], doc);
      });

      it('answers reading it with the default policy in effect, its version and the problem', async () => {
        const teams = dataOf(await gql<{ teams: { id: string }[] }>('{ teams { id } }')).teams.map((t) => t.id);

        const read = await gql<{ handoffPolicy: ReadPolicy }>(POLICY);

        expect(read.ms).toBeLessThan(PROMPT_MS);
        const policy = dataOf(read).handoffPolicy;
        const { assignment, ...rest } = createDefaultHandoffPolicy({ teamIds: [] });
        expect(policy).toMatchObject({ version: policyVersion, document: { ...rest, assignment: { ...assignment, teamIds: expect.any(Array) } }, storedProblem: { part: 'current', version: policyVersion } });
        expect([...((policy.document['assignment'] as { teamIds: string[] }).teamIds)].sort()).toEqual([...teams].sort());
        expectIssue(policy.storedProblem?.issues, doc);
        const line = logs.filter((l) => l['entity'] === 'handoffPolicy' && readAnswers(/^read answered with the default policy/)(l)).at(-1);
        expect(line).toMatchObject({ level: 'error', id: DEMO_WORKSPACE_ID, part: 'current', version: policyVersion });
      });

      it('answers simulating it with STORED_DOCUMENT_INVALID and its version', async () => {
        const simulated = await gql(SIMULATE_HANDOFF, { input: ASK_FOR_A_PERSON });

        expect(simulated.ms).toBeLessThan(PROMPT_MS);
        expect(simulated.errors?.[0]?.extensions).toMatchObject({ code: 'STORED_DOCUMENT_INVALID', entity: 'handoffPolicy', part: 'current', version: policyVersion });
        expectIssue(simulated.errors?.[0]?.extensions?.['issues'], doc);
      });

      it('can be replaced through updateHandoffPolicy with that version', async () => {
        const replaced = await gql(UPDATE_POLICY, { input: { expectedVersion: policyVersion, policy: valid } });

        expect(replaced.errors).toBeUndefined();
        expect(await storedPolicy()).toEqual({ version: policyVersion + 1, document: valid, storedProblem: null });
      });
    });
  });
});

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
