import { startHostileApi, dataOf, type Answer, type HostileApi } from './support/http';
import { Ledger } from './support/ledger';
import * as doc from './support/shape-documents';
import { StateWatch } from './support/snapshot';
import { exchange, judgeSocket, type SocketOutcome } from './support/socket';
import { errorsOf, judgeAnswer, type Judgement } from './support/verdict';

type Limit = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost';
type Expected = { code: 'QUERY_TOO_COMPLEX'; limits: readonly Limit[] } | { code: 'GRAPHQL_VALIDATION_FAILED' | 'GRAPHQL_PARSE_FAILED' };
type Case = readonly [name: string, query: string, variables: Record<string, unknown> | undefined, expected: Expected];

// Any of `limits` may be the one reported: a fragment bomb is over several caps at once.
const over = (...limits: Limit[]): Expected => ({ code: 'QUERY_TOO_COMPLEX', limits });
const styled = (make: (s: doc.Style) => string, name: string, limit: Limit): Case[] =>
  doc.STYLES.map((s) => [`${name}, ${s}`, make(s), undefined, over(limit)]);

// Past every cap, however written. Each must be refused before any resolver runs.
const OVER_THE_CAPS: readonly Case[] = [
  ...styled((s) => doc.deepSelection(doc.CAPS.depth + 1, s), `depth ${doc.CAPS.depth + 1}`, 'depth'),
  ['depth 60, plain', doc.deepSelection(60, 'plain'), undefined, over('depth')],
  ...styled((s) => doc.aliased(doc.CAPS.aliases + 1, s), `${doc.CAPS.aliases + 1} aliases`, 'aliases'),
  ['one fragment of 8 aliases spread twice', `{ ...A ...A } fragment A on Query { ${Array.from({ length: 8 }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`, undefined, over('aliases')],
  ['an alias bomb of 150 aliased lookups', `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`, undefined, over('aliases')],
  ['an alias bomb of 500 aliased __typename', `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ')} }`, undefined, over('aliases')],
  ...styled((s) => doc.directives(doc.CAPS.directives + 1, s), `${doc.CAPS.directives + 1} directives`, 'directives'),
  ['a directive bomb: 600 unknown directives on one field', `{ viewer ${'@x '.repeat(600)}{ role } }`, undefined, over('directives')],
  ['one token over the token cap', doc.tokensInFacts(doc.CAPS.tokens + 1, '00000000-0000-4000-8000-000000000000'), undefined, over('tokens')],
  ['a token flood: 15,000 repeated fields', `{ viewer { ${'role '.repeat(15_000)}} }`, undefined, over('tokens')],
  ['20,000 nested selections', `{ ${'a { '.repeat(20_000)}`, undefined, over('tokens')],
  ['50,000 opening braces', '{'.repeat(50_000), undefined, { code: 'GRAPHQL_PARSE_FAILED' }],
  ['1,000 copies of one field (the overlapping-fields check)', `{ viewer { ${'role '.repeat(1_000)}} }`, undefined, { code: 'GRAPHQL_VALIDATION_FAILED' }],
  ...styled(doc.twoPages, 'a cost bomb of two full board pages', 'cost'),
  ['two board pages sized by a variable', doc.twoPagesByVariable, { n: 100 }, over('cost')],
  ['eight board pages left at their default size', doc.eightDefaultPages, undefined, over('cost')],
  ['a fragment bomb of 2^30 __typename', doc.fragmentBomb(30, false), undefined, over('cost')],
  ['a fragment bomb of 2^30 aliases', doc.fragmentBomb(30, true), undefined, over('aliases', 'cost')],
  ['a fragment that spreads itself', '{ users { ...A } } fragment A on User { teams { members { ...A } } }', undefined, { code: 'GRAPHQL_VALIDATION_FAILED' }],
  ['a ring of 100 fragments', doc.fragmentRing(100), undefined, { code: 'GRAPHQL_VALIDATION_FAILED' }],
];

// Exactly at every cap: these must run, so the caps are where they say they are.
const AT_THE_CAPS: readonly (readonly [string, string])[] = [
  ...doc.STYLES.map((s): [string, string] => [`depth ${doc.CAPS.depth}, ${s}`, doc.deepSelection(doc.CAPS.depth, s)]),
  ...doc.STYLES.map((s): [string, string] => [`${doc.CAPS.aliases} aliases, ${s}`, doc.aliased(doc.CAPS.aliases, s)]),
  ...doc.STYLES.map((s): [string, string] => [`${doc.CAPS.directives} directives, ${s}`, doc.directives(doc.CAPS.directives, s)]),
  ['one full board page of 100', doc.boardPage(100)],
];

// The same caps on subscription documents, which only a socket can carry.
const SUBSCRIPTIONS_OVER_THE_CAPS: readonly Case[] = [
  ...styled((s) => doc.deepSubscription(doc.CAPS.depth + 1, s), `subscription depth ${doc.CAPS.depth + 1}`, 'depth'),
  ...styled((s) => doc.aliased(doc.CAPS.aliases + 1, s, true), `subscription with ${doc.CAPS.aliases + 1} aliases`, 'aliases'),
  ['subscription with 21 directives', `subscription { ticketCreated { ${'id @include(if: true) '.repeat(doc.CAPS.directives + 1)}} }`, undefined, over('directives')],
  ['subscription of 2,001 tokens', `subscription { ticketCreated { ${'id '.repeat(doc.CAPS.tokens)}} }`, undefined, over('tokens')],
  ['subscription cost bomb through fragments', `subscription { ticketCreated { ...L24 } } ${['fragment L0 on Ticket { id }', ...Array.from({ length: 24 }, (_, i) => `fragment L${i + 1} on Ticket { ...L${i} ...L${i} }`)].join(' ')}`, undefined, over('cost')],
];

function expectation(errors: ReturnType<typeof errorsOf>, expected: Expected, judged: Judgement): Judgement {
  if (judged.verdict !== 'rejected') return judged;
  const hit = errors?.some((e) => e.extensions?.['code'] === expected.code && (!('limits' in expected) || expected.limits.includes(e.extensions?.['limit'] as Limit)));
  return hit ? judged : { verdict: 'failed', why: `refused, but not with ${JSON.stringify(expected)}: ${judged.why}` };
}

const httpJudgement = (answer: Answer, expected: Expected): Judgement => {
  const judged = judgeAnswer(answer);
  return expectation(errorsOf(answer.json), expected, judged === 'data' ? { verdict: 'failed', why: 'the document ran' } : judged);
};

const socketJudgement = (outcome: SocketOutcome, expected: Expected): Judgement => {
  const judged = judgeSocket(outcome);
  const errors = outcome.answer?.type === 'error' ? (outcome.answer.payload as ReturnType<typeof errorsOf>) : errorsOf(outcome.answer?.payload);
  return expectation(errors, expected, judged === 'data' ? { verdict: 'failed', why: 'the document ran' } : judged);
};

describe('the built API given oversized, deep and wide documents', () => {
  const ledger = new Ledger('hostile/query-shape.e2e.ts');
  let api: HostileApi;
  let ruleSetId = '';
  const socket = (payload: { query: string; variables?: Record<string, unknown> }): Promise<SocketOutcome> =>
    exchange(api.server.wsUrl, { authorization: `Bearer ${api.adminToken}` }, payload);

  beforeAll(async () => {
    api = await startHostileApi();
    ruleSetId = dataOf<{ ruleSets: { id: string }[] }>(await api.gql('{ ruleSets { id } }')).ruleSets[0]?.id ?? '';
  });

  afterAll(async () => {
    ledger.save();
    await api?.server.stop();
  });

  describe.each(OVER_THE_CAPS)('when a query has %s', (name, query, variables, expected) => {
    it('is refused with its code over HTTP', async () => {
      const answer = await api.gql(query, variables);

      const judged = ledger.add('query shape (HTTP)', name, httpJudgement(answer, expected), answer.ms);
      expect(judged).toMatchObject({ verdict: 'rejected' });
    });

    it('is refused with the same code over graphql-ws', async () => {
      const outcome = await socket({ query, ...(variables ? { variables } : {}) });

      const judged = ledger.add('query shape (graphql-ws)', name, socketJudgement(outcome, expected), outcome.ms);
      expect(judged).toMatchObject({ verdict: 'rejected' });
    });
  });

  describe.each(SUBSCRIPTIONS_OVER_THE_CAPS)('when a subscription has %s', (name, query, variables, expected) => {
    it('is refused with its code on the socket', async () => {
      const outcome = await socket({ query, ...(variables ? { variables } : {}) });

      const judged = ledger.add('query shape (graphql-ws)', name, socketJudgement(outcome, expected), outcome.ms);
      expect(judged).toMatchObject({ verdict: 'rejected' });
    });
  });

  describe.each([
    ...AT_THE_CAPS.map(([name, query]): [string, () => string] => [name, () => query]),
    [`${doc.CAPS.tokens} tokens`, () => doc.tokensInFacts(doc.CAPS.tokens, ruleSetId)],
  ])('when a query has exactly %s', (name, queryOf) => {
    it('runs, over HTTP and over graphql-ws', async () => {
      const query = queryOf();
      const answer = await api.gql(query);
      const outcome = await socket({ query });

      const ran = errorsOf(answer.json) === null && answer.status === 200 && outcome.answer?.type === 'next' && !errorsOf(outcome.answer.payload);
      ledger.add('query shape at the caps (must run)', name, ran ? { verdict: 'accepted', why: 'ran on both transports' } : { verdict: 'failed', why: `${answer.text.slice(0, 200)} / ${outcome.frames.join(' ').slice(0, 200)}` });
      expect(ran).toBe(true);
    });
  });

  describe('when a mutation selects past the depth cap', () => {
    it('is refused on both transports before its resolver runs: the ticket stays open', async () => {
      const { tickets } = dataOf<{ tickets: { edges: { node: { id: string } }[] } }>(await api.gql('{ tickets(first: 1, filter: { status: new }) { edges { node { id } } } }'));
      const ticketId = tickets.edges[0]?.node.id;
      const deep = doc.deepSelection(doc.CAPS.depth, 'plain', [['ticket', 'CloseTicketPayload'], ['owner', 'Ticket']]);
      const mutation = `mutation($id: ID!) { closeTicket(input: { ticketId: $id }) ${deep} }`;
      const watch = new StateWatch(api);
      await watch.before();

      const http = ledger.add('query shape (HTTP)', 'a mutation selecting past the depth cap', await watch.after(httpJudgement(await api.gql(mutation, { id: ticketId }), over('depth'))));
      const ws = ledger.add('query shape (graphql-ws)', 'a mutation selecting past the depth cap', await watch.after(socketJudgement(await socket({ query: mutation, variables: { id: ticketId } }), over('depth'))));

      expect(ticketId).toEqual(expect.any(String));
      expect([http.verdict, ws.verdict]).toEqual(['rejected', 'rejected']);
    });
  });
});
