import { gzipSync } from 'node:zlib';
import { dataOf, send, startHostileApi, type Answer, type HostileApi } from './support/http';
import { Ledger } from './support/ledger';
import { prepareWorld, type World } from './support/slot-fixtures';
import { StateWatch } from './support/snapshot';
import { exchange, judgeSocket } from './support/socket';
import { codesOf, errorsOf, judgeAnswer, type Judgement } from './support/verdict';

const MAX_REQUEST_BYTES = 100 * 1024; // apps/api/src/graphql/limits/limits-config.ts DEFAULT_LIMITS.maxRequestBytes
const CREATE_TICKET = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }';

// Nesting this deep is written as text: JSON.stringify itself would overflow the stack here.
/** `levels` objects nested in each other, `{"a":{"a":…}}`, as JSON text. */
const deepObject = (levels: number): string => `${'{"a":'.repeat(levels)}{"leaf":true}${'}'.repeat(levels)}`;
/** `levels` lists nested in each other, `[[[…]]]`, as JSON text. */
const deepList = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
/** Variables as JSON text, with `raw` placed where `"RAW"` is. */
const withRaw = (variables: Record<string, unknown>, raw: string): string => JSON.stringify(variables).replace('"RAW"', raw);

/** In a case's codes: a plain answer is acceptable too (the input is read, never stored). */
const ANSWERED = 'answered';

type Case = readonly [name: string, query: string, variables: (w: World) => Record<string, unknown> | string, codes: readonly string[]];
const many = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

// Each is under the body cap, so it reaches the API's own bounds.
const OVERSIZED_INPUTS: readonly Case[] = [
  ['a 90 KB ticket subject', CREATE_TICKET, () => ({ input: { subject: 's'.repeat(90_000) } }), ['VALIDATION_FAILED']],
  ['a 90 KB visitor message', 'mutation($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { message { id } } }', () => ({ input: { channel: 'chat', text: 't'.repeat(90_000) } }), ['VALIDATION_FAILED']],
  ['10,000 ticket tags', CREATE_TICKET, () => ({ input: { subject: 'tags', tags: many(10_000, () => 't') } }), ['VALIDATION_FAILED', 'BAD_USER_INPUT']],
  ['10,000 tags on an existing ticket', 'mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }', (w) => ({ input: { ticketId: w.ticketId, tags: many(10_000, () => 't') } }), ['VALIDATION_FAILED', 'BAD_USER_INPUT']],
  ['10,000 rule ids to reorder', 'mutation($input: ReorderRulesInput!) { reorderRules(input: $input) { ruleSet { id } } }', (w) => ({ input: { ruleSetId: w.ruleSetId, expectedDraftVersion: 1, ruleIds: many(10_000, (i) => `r${i}`) } }), ['VALIDATION_FAILED', 'BAD_USER_INPUT', 'CONFLICT']],
  ['10,000 agent signals in a simulation', 'query($input: SimulateHandoffInput!) { simulateHandoff(input: $input) { handedOff } }', () => ({ input: { channel: 'chat', text: 'hi', signals: many(10_000, () => 'paused') } }), ['VALIDATION_FAILED', 'BAD_USER_INPUT']],
  ['2,000 working-hour intervals', 'mutation($input: SetUserAvailabilityInput!) { setUserAvailability(input: $input) { user { id } } }', (w) => ({ input: { userId: w.agentId, workingHours: { timeZone: 'Europe/Helsinki', intervals: many(2_000, () => ({ day: 'mon', start: '09:00', end: '17:00' })) } } }), ['VALIDATION_FAILED', 'BAD_USER_INPUT']],
  ['5,000 unknown fields in one input', CREATE_TICKET, () => ({ input: { subject: 'wide', ...Object.fromEntries(many(5_000, (i) => [`k${i}`, 1])) } }), ['BAD_USER_INPUT']],
  ['custom properties of 90 KB', CREATE_TICKET, () => ({ input: { subject: 'custom', custom: { blob: 'c'.repeat(90_000) } } }), ['VALIDATION_FAILED']],
  ['custom properties nested 15,000 deep', CREATE_TICKET, () => withRaw({ input: { subject: 'deep', custom: 'RAW' } }, deepObject(15_000)), ['VALIDATION_FAILED', 'BAD_USER_INPUT']],
  ['contact properties nested 15,000 deep', 'mutation($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { message { id } } }', () => withRaw({ input: { channel: 'chat', text: 'hi', contact: { custom: 'RAW' } } }, deepObject(15_000)), ['VALIDATION_FAILED', 'BAD_USER_INPUT']],
  // Facts are read, never kept ("wrong-typed values read as not set"): answering is as right as refusing.
  ['routing facts nested 30,000 lists deep', 'query($input: SimulateRoutingInput!) { simulateRouting(input: $input) { decision { usedFallback } } }', (w) => withRaw({ input: { ruleSetId: w.ruleSetId, facts: { ticket: { tags: 'RAW' } } } }, deepList(30_000)), ['VALIDATION_FAILED', 'BAD_USER_INPUT', ANSWERED]],
  ['a rule set nested 15,000 deep', 'mutation($input: SaveRuleSetDraftInput!) { saveRuleSetDraft(input: $input) { ruleSet { id } } }', (w) => withRaw({ input: { id: w.ruleSetId, expectedDraftVersion: 1, ruleSet: { formatVersion: 1, hitPolicy: 'firstMatch', fallback: [], rules: [{ id: 'd', name: 'd', enabled: true, then: [], when: 'RAW' }] } } }, deepObject(15_000)), ['VALIDATION_FAILED', 'BAD_USER_INPUT']],
  ['a policy nested 15,000 deep', 'mutation($input: UpdateHandoffPolicyInput!) { updateHandoffPolicy(input: $input) { policy { version } } }', () => withRaw({ input: { expectedVersion: 1, policy: 'RAW' } }, deepObject(15_000)), ['VALIDATION_FAILED', 'BAD_USER_INPUT']],
];

function judgeCoded(answer: Answer, codes: readonly string[]): Judgement {
  const judged = judgeAnswer(answer);
  if (judged === 'data') return codes.includes(ANSWERED) ? { verdict: 'accepted', why: 'read, answered, kept nowhere' } : { verdict: 'failed', why: `accepted: ${answer.text.slice(0, 160)}` };
  const answered = codesOf(errorsOf(answer.json) ?? []);
  return judged.verdict === 'rejected' && !answered.some((c) => codes.includes(c)) ? { verdict: 'failed', why: `answered ${answered.join(', ')}; expected ${codes.join(' or ')}` } : judged;
}

describe('the built API given oversized requests', () => {
  const ledger = new Ledger('hostile/oversized.e2e.ts');
  let api: HostileApi;
  let world: World;
  let watch: StateWatch;
  const post = (body: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> =>
    send(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}`, ...headers }, body });

  beforeAll(async () => {
    api = await startHostileApi();
    world = await prepareWorld(api);
    watch = new StateWatch(api);
  });

  afterAll(async () => {
    ledger.save();
    await api?.server.stop();
  });

  describe.each([
    ['a 200 KB body', () => JSON.stringify({ query: CREATE_TICKET, variables: { input: { subject: 'x'.repeat(200_000) } } }), {}],
    ['a body one byte over the cap', () => JSON.stringify({ query: CREATE_TICKET, variables: { input: { subject: 'big', description: '' } } }).replace('""', `"${'d'.repeat(MAX_REQUEST_BYTES)}"`).slice(0, MAX_REQUEST_BYTES + 1), {}],
    ['a gzip bomb (20 MB of zeros in 20 KB)', () => gzipSync(Buffer.alloc(20_000_000)), { 'content-encoding': 'gzip' }],
  ] as const)('when a client sends %s', (name, body, headers) => {
    it('is refused PAYLOAD_TOO_LARGE with 413 before the body is read, and nothing changes', async () => {
      await watch.before({ reuse: true });

      const answer = await post(body(), headers);

      const judged = ledger.add('oversized (body)', name, await watch.after(judgeCoded(answer, ['PAYLOAD_TOO_LARGE'])), answer.ms);
      expect([judged.verdict, answer.status]).toEqual(['rejected', 413]);
    });
  });

  describe.each(OVERSIZED_INPUTS)('when a request carries %s', (name, query, variables, codes) => {
    it('is refused with a code, and nothing changes', async () => {
      await watch.before({ reuse: true });

      const given = variables(world);
      const answer = typeof given === 'string' ? await post(`{"query":${JSON.stringify(query)},"variables":${given}}`) : await api.gql(query, given);

      const judged = ledger.add('oversized (inputs and lists)', name, await watch.after(judgeCoded(answer, codes)), answer.ms);
      expect(['rejected', ...(codes.includes(ANSWERED) ? ['accepted'] : [])]).toContain(judged.verdict);
    });
  });

  describe('when a graphql-ws frame is over the cap', () => {
    it('closes the socket with 1009, and nothing changes', async () => {
      await watch.before({ reuse: true });
      const frame = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: CREATE_TICKET, variables: { input: { subject: 'x'.repeat(MAX_REQUEST_BYTES) } } } });

      const outcome = await exchange(api.server.wsUrl, { authorization: `Bearer ${api.adminToken}` }, null, { raw: [frame] });

      const judged = judgeSocket(outcome);
      const recorded = ledger.add('oversized (body)', 'a graphql-ws frame over the cap', await watch.after(judged === 'data' ? { verdict: 'failed', why: 'ran' } : judged), outcome.ms);
      expect([recorded.verdict, outcome.closeCode]).toEqual(['rejected', 1009]);
    });
  });

  describe('when the API has refused all of the above', () => {
    it('still answers a normal request at once', async () => {
      const answer = await api.gql('{ viewer { role } }');

      expect(dataOf<{ viewer: { role: string } }>(answer).viewer.role).toBe('admin');
    });
  });
});
