import { dataOf, startHostileApi, type Answer, type HostileApi } from './support/http';
import { Ledger } from './support/ledger';
import { actions, LEAF, manyRules, nested, rule, RULE_LIMITS as L, ruleSet, TRIGGER_LIMITS as T, triggers, wide, type Node } from './support/rule-documents';
import { issuesOf, savePolicy, ScratchRuleSet } from './support/scratch';
import { StateWatch } from './support/snapshot';
import { codeOf, judgeAnswer, type Judgement } from './support/verdict';

/** One bound of a rule: the rule at it, the rule one past it, and where the refusal must point (from the rule). */
interface RuleBound {
  readonly bound: string;
  readonly at: Record<string, unknown>;
  readonly past: Record<string, unknown>;
  readonly path: string;
  readonly code: string;
}

const leafWith = (operator: string, value: unknown): Node => ({ field: 'ticket.subject', operator, value });
const strings = (n: number): string[] => Array.from({ length: n }, (_, i) => `s${i}`);

const RULE_BOUNDS: readonly RuleBound[] = [
  { bound: `maxDepth ${L.maxDepth}`, at: rule(nested(L.maxDepth).when), past: rule(nested(L.maxDepth + 1).when), path: nested(L.maxDepth + 1).deepest, code: 'LIMIT_EXCEEDED' },
  { bound: `maxNodesPerRule ${L.maxNodesPerRule}`, at: rule(wide(L.maxNodesPerRule)), past: rule(wide(L.maxNodesPerRule + 1)), path: `when.all[${L.maxNodesPerRule - 1}]`, code: 'LIMIT_EXCEEDED' },
  { bound: `maxListItems ${L.maxListItems} (in)`, at: rule(leafWith('in', strings(L.maxListItems))), past: rule(leafWith('in', strings(L.maxListItems + 1))), path: 'when.value', code: 'LIMIT_EXCEEDED' },
  { bound: `maxListItems ${L.maxListItems} (addTags)`, at: rule(LEAF, { then: [{ type: 'addTags', tags: strings(L.maxListItems) }] }), past: rule(LEAF, { then: [{ type: 'addTags', tags: strings(L.maxListItems + 1) }] }), path: 'then[0].tags', code: 'LIMIT_EXCEEDED' },
  { bound: `maxStringLength ${L.maxStringLength} (value)`, at: rule(leafWith('equals', 'x'.repeat(L.maxStringLength))), past: rule(leafWith('equals', 'x'.repeat(L.maxStringLength + 1))), path: 'when.value', code: 'LIMIT_EXCEEDED' },
  { bound: `maxStringLength ${L.maxStringLength} (sendMessage)`, at: rule(LEAF, { then: [{ type: 'sendMessage', message: 'x'.repeat(L.maxStringLength) }] }), past: rule(LEAF, { then: [{ type: 'sendMessage', message: 'x'.repeat(L.maxStringLength + 1) }] }), path: 'then[0].message', code: 'LIMIT_EXCEEDED' },
  { bound: `maxPatternLength ${L.maxPatternLength}`, at: rule(leafWith('matches', 'a'.repeat(L.maxPatternLength))), past: rule(leafWith('matches', 'a'.repeat(L.maxPatternLength + 1))), path: 'when.value', code: 'LIMIT_EXCEEDED' },
  { bound: `maxNameLength ${L.maxNameLength}`, at: rule(LEAF, { name: 'n'.repeat(L.maxNameLength) }), past: rule(LEAF, { name: 'n'.repeat(L.maxNameLength + 1) }), path: 'name', code: 'LIMIT_EXCEEDED' },
  { bound: `maxActions ${L.maxActions}`, at: rule(LEAF, { then: actions(L.maxActions) }), past: rule(LEAF, { then: actions(L.maxActions + 1) }), path: 'then', code: 'LIMIT_EXCEEDED' },
  { bound: `maxIdLength ${L.maxIdLength}`, at: rule(LEAF, { id: 'i'.repeat(L.maxIdLength) }), past: rule(LEAF, { id: 'i'.repeat(L.maxIdLength + 1) }), path: 'id', code: 'INVALID_ID' },
];

// Every way a rule reaches storage, and where its issues are reported.
type WritePath = 'saveRuleSetDraft' | 'createRuleSet' | 'addRule' | 'updateRule';
const WRITE_PATHS: readonly WritePath[] = ['saveRuleSetDraft', 'createRuleSet', 'addRule', 'updateRule'];
const PREFIX: Record<WritePath, string> = { saveRuleSetDraft: 'input.ruleSet.rules[0].', createRuleSet: 'input.ruleSet.rules[0].', addRule: 'input.rule.', updateRule: 'input.rule.' };

function judgeBound(answer: Answer, side: 'at' | 'past', code: string, path: string): Judgement {
  const judged = judgeAnswer(answer);
  if (side === 'at') return judged === 'data' ? { verdict: 'accepted', why: 'saved at the bound' } : judged.verdict === 'rejected' ? { verdict: 'failed', why: `refused at the bound: ${answer.text.slice(0, 300)}` } : judged;
  if (judged === 'data') return { verdict: 'failed', why: 'saved past the bound' };
  const issues = issuesOf(answer);
  const found = issues.some((i) => i.code === code && i.path === path);
  return judged.verdict !== 'rejected' || found ? judged : { verdict: 'failed', why: `refused (${codeOf(answer)}), but not with ${code} at ${path}: ${JSON.stringify(issues).slice(0, 300)}` };
}

describe('the built API given rule trees at and past every bound', () => {
  const ledger = new Ledger('hostile/rule-bounds.e2e.ts');
  let api: HostileApi;
  let scratch: ScratchRuleSet;
  let watch: StateWatch;
  let created = 0;

  beforeAll(async () => {
    api = await startHostileApi();
    scratch = await ScratchRuleSet.create(api, 'Bounds scratch');
    watch = new StateWatch(api);
  });

  afterAll(async () => {
    ledger.save();
    await api?.server.stop();
  });

  // Rule sets made at a bound are deleted again, so every later snapshot stays small.
  async function removeCreated(answer: Answer): Promise<void> {
    const id = (answer.json as { data?: { createRuleSet?: { ruleSet?: { id?: string } } } }).data?.createRuleSet?.ruleSet?.id;
    if (id) dataOf(await api.gql('mutation($id: ID!) { deleteRuleSet(input: { id: $id }) { deletedRuleSetId } }', { id }));
  }

  async function write(via: WritePath, ruleDocument: Record<string, unknown>): Promise<Answer> {
    // addRule needs a draft without the rule's id, updateRule one with rule r0 in it: set the stage first.
    if (via === 'addRule') dataOf(await scratch.save(ruleSet([])));
    if (via === 'updateRule') dataOf(await scratch.save(ruleSet([rule(LEAF)])));
    await watch.before();
    if (via === 'saveRuleSetDraft') return scratch.save(ruleSet([ruleDocument]));
    if (via === 'addRule') return scratch.addRule(ruleDocument);
    if (via === 'updateRule') return scratch.updateRule('r0', { ...ruleDocument, id: 'r0' });
    created += 1;
    return api.gql('mutation($input: CreateRuleSetInput!) { createRuleSet(input: $input) { ruleSet { id } } }', { input: { name: `bounded ${created}`, ruleSet: ruleSet([ruleDocument]) } });
  }

  describe.each(WRITE_PATHS)('when a rule is written through %s', (via) => {
    describe.each(RULE_BOUNDS.filter((b) => via !== 'updateRule' || b.code !== 'INVALID_ID'))('at and one past $bound', ({ bound, at, past, path, code }) => {
      it('saves the rule at the bound', async () => {
        const answer = await write(via, at);

        const judged = ledger.add('rule trees at the bounds (must save)', `${bound} via ${via}`, judgeBound(answer, 'at', code, ''));
        await removeCreated(answer);
        expect(judged).toMatchObject({ verdict: 'accepted' });
      });

      it(`refuses the rule one past it with ${code} at the node's path, and changes nothing`, async () => {
        const answer = await write(via, past);
        const judged = ledger.add('rule trees past the bounds', `${bound} via ${via}`, await watch.after(judgeBound(answer, 'past', code, `${PREFIX[via]}${path}`)));
        expect(judged).toMatchObject({ verdict: 'rejected' });
      });
    });
  });

  describe.each([
    { bound: `maxRules ${L.maxRules}`, at: ruleSet(manyRules(L.maxRules)), past: ruleSet(manyRules(L.maxRules + 1)), path: 'input.ruleSet.rules' },
    { bound: `maxActions ${L.maxActions} (fallback)`, at: ruleSet([], actions(L.maxActions)), past: ruleSet([], actions(L.maxActions + 1)), path: 'input.ruleSet.fallback' },
  ])('when a whole rule set is at and one past $bound', ({ bound, at, past, path }) => {
    it('saves it at the bound, refuses it past with LIMIT_EXCEEDED at its path, and changes nothing then', async () => {
      const saved = ledger.add('rule trees at the bounds (must save)', `${bound} via saveRuleSetDraft`, judgeBound(await scratch.save(at), 'at', '', ''));
      await watch.before();
      const refused = ledger.add('rule trees past the bounds', `${bound} via saveRuleSetDraft`, await watch.after(judgeBound(await scratch.save(past), 'past', 'LIMIT_EXCEEDED', path)));
      expect([saved.verdict, refused.verdict]).toEqual(['accepted', 'rejected']);
    });
  });

  describe(`when a rule is added to a set that already has ${L.maxRules}`, () => {
    it('refuses it with LIMIT_EXCEEDED and changes nothing', async () => {
      dataOf(await scratch.save(ruleSet(manyRules(L.maxRules))));
        await watch.before();

      const answer = await scratch.addRule(rule(LEAF, { id: 'one-too-many' }));

      const judged = judgeAnswer(answer);
      const limited = issuesOf(answer).some((i) => i.code === 'LIMIT_EXCEEDED');
      const checked: Judgement = judged === 'data' ? { verdict: 'failed', why: 'added a rule past maxRules' } : judged.verdict === 'rejected' && !limited ? { verdict: 'failed', why: `refused without LIMIT_EXCEEDED: ${answer.text.slice(0, 300)}` } : judged;
      expect(ledger.add('rule trees past the bounds', `maxRules ${L.maxRules} via addRule`, await watch.after(checked))).toMatchObject({ verdict: 'rejected' });
    });
  });

  // Unreachable through the API: a document at these bounds is far over the 100 KB body cap, so
  // the transport refuses it (PAYLOAD_TOO_LARGE) before the domain could. Recorded, and asserted.
  describe.each([
    { bound: `maxNodesPerSet ${L.maxNodesPerSet}`, send: () => scratch.save(ruleSet(Array.from({ length: L.maxNodesPerSet / L.maxNodesPerRule + 1 }, (_, i) => rule(wide(L.maxNodesPerRule), { id: `w${i}` })))) },
    { bound: `maxTriggers ${T.maxTriggers}`, send: () => savePolicy(api, (d) => ({ ...d, customTriggers: triggers(T.maxTriggers + 1) })) },
  ])('when a document crosses $bound', ({ bound, send }) => {
    it('is refused by the body cap with PAYLOAD_TOO_LARGE, and nothing changes', async () => {
        await watch.before();

      const answer = await send();

      const judged = judgeAnswer(answer);
      const checked: Judgement = judged === 'data' ? { verdict: 'failed', why: 'saved' } : judged.verdict === 'rejected' && codeOf(answer) !== 'PAYLOAD_TOO_LARGE' ? { verdict: 'failed', why: `answered ${codeOf(answer)}` } : judged;
      expect(ledger.add('rule trees past the bounds', `${bound} (over the body cap)`, await watch.after(checked))).toMatchObject({ verdict: 'rejected' });
    });
  });

  describe.each([
    { bound: `maxPhraseLength ${T.maxPhraseLength}`, change: (n: number) => (d: Record<string, unknown>) => ({ ...d, customTriggers: [...(d['customTriggers'] as unknown[]), { id: 'long', phrase: 'p'.repeat(n), mode: 'phrase' }] }), length: T.maxPhraseLength, path: (d: number) => `input.policy.customTriggers[${d}].phrase` },
    { bound: `maxIdLength ${T.maxIdLength} (trigger id)`, change: (n: number) => (d: Record<string, unknown>) => ({ ...d, customTriggers: [...(d['customTriggers'] as unknown[]), { id: 'i'.repeat(n), phrase: 'long id', mode: 'phrase' }] }), length: T.maxIdLength, path: (d: number) => `input.policy.customTriggers[${d}].id` },
    { bound: `maxStringLength ${L.maxStringLength} (policy message)`, change: (n: number) => (d: Record<string, unknown>) => ({ ...d, messages: { ...(d['messages'] as object), teamAvailable: 'm'.repeat(n) } }), length: L.maxStringLength, path: () => 'input.policy.messages.teamAvailable' },
  ])('when the handoff policy is at and one past $bound', ({ bound, change, length, path }) => {
    it('saves it at the bound, refuses it past with LIMIT_EXCEEDED at its path, and changes nothing then', async () => {
      const triggersBefore = (dataOf<{ handoffPolicy: { customTriggers: unknown[] } }>(await api.gql('{ handoffPolicy { customTriggers { id } } }')).handoffPolicy.customTriggers).length;

      const saved = ledger.add('rule trees at the bounds (must save)', bound, judgeBound(await savePolicy(api, change(length)), 'at', '', ''));
      // Back to where it was: the trigger saved at the bound goes again (named 'long', or an id of only i's).
      await savePolicy(api, (d) => ({ ...d, customTriggers: (d['customTriggers'] as { id: string }[]).filter((t) => t.id !== 'long' && !/^i+$/.test(t.id)) }));
        await watch.before();
      const refused = ledger.add('rule trees past the bounds', bound, await watch.after(judgeBound(await savePolicy(api, change(length + 1)), 'past', 'LIMIT_EXCEEDED', path(triggersBefore))));

      expect([saved.verdict, refused.verdict]).toEqual(['accepted', 'rejected']);
    });
  });
});
