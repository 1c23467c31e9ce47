import { dataOf, startHostileApi, type Answer, type HostileApi } from './support/http';
import { Ledger } from './support/ledger';
import { rule, ruleSet } from './support/rule-documents';
import { currentPolicy, issuesOf, savePolicy, ScratchRuleSet } from './support/scratch';
import { StateWatch } from './support/snapshot';
import { codeOf, judgeAnswer, type Judgement } from './support/verdict';

// The classic catastrophic-backtracking patterns, and the features only a backtracking engine has.
// Each must be saved (the API's engine runs it in linear time) or refused at save with the node's path.
const PATTERNS: readonly (readonly [string, string])[] = [
  ['nested quantifier (a+)+$', '(a+)+$'],
  ['overlapping alternation (a|a)*$', '(a|a)*$'],
  ['prefix alternation (a|aa)+$', '(a|aa)+$'],
  ['repeated greedy dot (.*a){20}', '(.*a){20}'],
  ['nested star (a*)*b', '(a*)*b'],
  ['words and spaces ^(\\w+\\s?)*$', '^(\\w+\\s?)*$'],
  ['the OWASP email pattern', '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$'],
  ['a counted repetition of a million', 'a{1000000}'],
  ['a backreference (a)\\1', '(a)\\1'],
  ['a named backreference', '(?<x>a)\\k<x>'],
  ['a lookahead', '(?=a)a'],
  ['a negative lookahead', '(?!b)a'],
  ['a lookbehind', '(?<=a)b'],
  ['a negative lookbehind', '(?<!a)b'],
  ['an atomic group', '(?>a+)b'],
  ['an unbalanced group', '(a'],
];

// 64 KB that drives each pattern above toward its worst case, and the longest visitor message.
const ADVERSARIAL = [
  ['64 KB of "a" then "!"', `${'a'.repeat(65_535)}!`],
  ['64 KB of "a " then "!"', `${'a '.repeat(32_767)}a!`],
] as const;
const MAX_VISITOR_MESSAGE = 10_000; // apps/api/src/modules/handoff/handoff-commands.ts VISITOR_MESSAGE_LIMITS.text

function judgeSave(answer: Answer, path: string): Judgement {
  const judged = judgeAnswer(answer);
  if (judged === 'data') return { verdict: 'accepted', why: 'saved: the engine runs it in linear time' };
  if (judged.verdict !== 'rejected') return judged;
  const issues = issuesOf(answer);
  return issues.some((i) => ['INVALID_REGEX', 'LIMIT_EXCEEDED'].includes(i.code) && i.path === path)
    ? { verdict: 'rejected', why: `${issues[0]?.code} at ${path}` }
    : { verdict: 'failed', why: `refused (${codeOf(answer)}) without INVALID_REGEX at ${path}: ${JSON.stringify(issues).slice(0, 200)}` };
}

describe('the built API given ReDoS patterns', () => {
  const ledger = new Ledger('hostile/redos.e2e.ts');
  let api: HostileApi;
  let scratch: ScratchRuleSet;
  let watch: StateWatch;
  let seededTriggers: unknown[];
  const savedAsTrigger: string[] = [];
  const savedAsRule: string[] = [];

  beforeAll(async () => {
    api = await startHostileApi();
    scratch = await ScratchRuleSet.create(api, 'ReDoS scratch');
    watch = new StateWatch(api);
    seededTriggers = (await currentPolicy(api)).document['customTriggers'] as unknown[];
  });

  afterAll(async () => {
    ledger.save();
    await api?.server.stop();
  });

  describe.each(PATTERNS)('when %s is saved', (name, pattern) => {
    it('as a custom trigger: saves it, or refuses it with INVALID_REGEX at the trigger and changes nothing', async () => {
      await watch.before();

      const answer = await savePolicy(api, (d) => ({ ...d, customTriggers: [...seededTriggers, { id: 'redos', phrase: pattern, mode: 'regex' }] }));

      const judged = ledger.add('ReDoS patterns at save', `${name} as a trigger`, await watch.after(judgeSave(answer, `input.policy.customTriggers[${seededTriggers.length}].phrase`)));
      if (judged.verdict === 'accepted') savedAsTrigger.push(pattern);
      expect(['accepted', 'rejected']).toContain(judged.verdict);
    });

    it('as a rule condition: saves it, or refuses it with INVALID_REGEX at the condition and changes nothing', async () => {
      await watch.before();

      const answer = await scratch.save(ruleSet([rule({ field: 'conversation.messageText', operator: 'matches', value: pattern })]));

      const judged = ledger.add('ReDoS patterns at save', `${name} as a rule condition`, await watch.after(judgeSave(answer, 'input.ruleSet.rules[0].when.value')));
      if (judged.verdict === 'accepted') savedAsRule.push(pattern);
      expect(['accepted', 'rejected']).toContain(judged.verdict);
    });
  });

  describe('when every saved pattern meets input built to make it backtrack', () => {
    beforeAll(async () => {
      dataOf(await savePolicy(api, (d) => ({ ...d, customTriggers: [...seededTriggers, ...savedAsTrigger.map((phrase, i) => ({ id: `redos-${i}`, phrase, mode: 'regex' }))] })));
      dataOf(await scratch.save(ruleSet([rule({ any: savedAsRule.map((value) => ({ field: 'conversation.messageText', operator: 'matches', value })) })])));
    });

    it('saved the linear-time patterns, and refused every backtracking-only feature', () => {
      expect(savedAsRule).toEqual(expect.arrayContaining(['(a+)+$', '(a|a)*$', '(a|aa)+$']));
      expect(savedAsRule).not.toEqual(expect.arrayContaining(['(a)\\1']));
    });

    it.each(ADVERSARIAL)('routes a message of %s through every saved rule pattern promptly', async (name, text) => {
      const query = 'query($input: SimulateRoutingInput!) { simulateRouting(input: $input) { decision { usedFallback matchedRuleIds } } }';

      const answer = await api.gql(query, { input: { ruleSetId: scratch.id, source: 'draft', facts: { conversation: { messageText: text } } } });

      ledger.time('ReDoS: 64 KB against saved patterns', `simulateRouting, ${name}, ${savedAsRule.length} patterns`, answer.ms);
      const judged = ledger.add('ReDoS: 64 KB against saved patterns', `simulateRouting, ${name}`, judgeAnswer(answer) === 'data' ? { verdict: 'accepted', why: `answered in ${Math.round(answer.ms)} ms` } : { verdict: 'failed', why: answer.text.slice(0, 200) }, answer.ms);
      expect(judged.verdict).toBe('accepted');
      // Not a benchmark (machines here are shared): a backtracking engine would take years, not seconds.
      expect(answer.ms).toBeLessThan(10_000);
    });

    it.each([
      ['the longest visitor message (10,000 characters)', `${'a'.repeat(MAX_VISITOR_MESSAGE - 1)}!`, 'data'],
      ['a 64 KB visitor message', `${'a'.repeat(65_535)}!`, 'VALIDATION_FAILED'],
    ])('answers %s against every saved trigger pattern promptly', async (name, text, expected) => {
      const query = 'mutation($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { handoff { handedOff reason } } }';

      const answer = await api.gql(query, { input: { channel: 'chat', text } });

      const judged = judgeAnswer(answer, [text]);
      ledger.time('ReDoS: 64 KB against saved patterns', `postVisitorMessage, ${name}, ${savedAsTrigger.length} patterns`, answer.ms);
      const outcome: Judgement = judged === 'data' ? { verdict: 'accepted', why: `answered in ${Math.round(answer.ms)} ms` } : judged;
      ledger.add('ReDoS: 64 KB against saved patterns', `postVisitorMessage, ${name}`, outcome, answer.ms);
      expect(judged === 'data' ? 'data' : codeOf(answer)).toBe(expected);
      expect(answer.ms).toBeLessThan(10_000);
    });
  });
});
