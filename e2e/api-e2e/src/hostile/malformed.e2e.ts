import { dataOf, send, startHostileApi, type Answer, type HostileApi } from './support/http';
import { Ledger } from './support/ledger';
import { StateWatch } from './support/snapshot';
import { exchange, judgeSocket, socketCodes } from './support/socket';
import { codeOf, codesOf, errorsOf, judgeAnswer, type Judgement } from './support/verdict';

// A mutation that would visibly change state, carried by each malformed request that could run one.
const PROBE = 'mutation { renameDestination(input: { kind: inbox, name: "forged" }) { destination { name } } }';
const VIEWER = '{ viewer { role } }';
const json = (body: unknown): string => JSON.stringify(body);

interface Request {
  method?: string;
  /** Replaces `Content-Type: application/json`; null sends none. */
  contentType?: string | null;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** For GET: the query string parameters. */
  params?: Record<string, string>;
}
type Case = readonly [name: string, request: Request, codes: readonly string[]];

// Requests that are not a well-formed GraphQL-over-HTTP POST, or ask for what HTTP must not do.
const TRANSPORT: readonly Case[] = [
  ['a body that is not JSON', { body: '{"query": "{ viewer {' }, ['BAD_REQUEST']],
  ['a JSON string as the body', { body: '"hello"' }, ['BAD_REQUEST']],
  ['JSON null as the body', { body: 'null' }, ['BAD_REQUEST']],
  ['an empty body', { body: '' }, ['BAD_REQUEST']],
  ['bytes that are not UTF-8 inside the query', { body: Buffer.concat([Buffer.from('{"query":"{ viewer { role } '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]) }, ['GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']],
  ['a body in an unsupported charset (utf-16)', { contentType: 'application/json; charset=utf-16', body: json({ query: VIEWER }) }, ['BAD_REQUEST']],
  ['a gzip Content-Encoding over a body that is not gzip', { headers: { 'content-encoding': 'gzip' }, body: json({ query: VIEWER }) }, ['BAD_REQUEST']],
  ['an unknown Content-Encoding', { headers: { 'content-encoding': 'br2' }, body: json({ query: VIEWER }) }, ['BAD_REQUEST']],
  ['a mutation as a text/plain simple request (CSRF)', { contentType: 'text/plain', body: json({ query: PROBE }) }, ['BAD_REQUEST']],
  ['a mutation as a form post (CSRF)', { contentType: 'application/x-www-form-urlencoded', body: `query=${encodeURIComponent(PROBE)}` }, ['BAD_REQUEST']],
  ['a mutation as multipart/form-data (CSRF)', { contentType: 'multipart/form-data; boundary=x', body: `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${PROBE}\r\n--x--\r\n` }, ['BAD_REQUEST']],
  ['a mutation with no Content-Type', { contentType: null, body: json({ query: PROBE }) }, ['BAD_REQUEST']],
  ['a mutation as application/xml', { contentType: 'application/xml', body: `<query>${PROBE}</query>` }, ['BAD_REQUEST']],
  ['a mutation over GET', { method: 'GET', contentType: null, headers: { 'apollo-require-preflight': 'true' }, params: { query: PROBE } }, ['BAD_REQUEST']],
  ['a query over GET without a preflight header (CSRF)', { method: 'GET', contentType: null, params: { query: VIEWER } }, ['BAD_REQUEST']],
  ['a PUT', { method: 'PUT', body: json({ query: PROBE }) }, ['BAD_REQUEST']],
  ['a DELETE', { method: 'DELETE', body: json({ query: PROBE }) }, ['BAD_REQUEST']],
  ['a batch of two operations', { body: json([{ query: PROBE }, { query: VIEWER }]) }, ['BAD_REQUEST']],
  ['a query that is a number', { body: json({ query: 42 }) }, ['BAD_REQUEST']],
  ['an empty query', { body: json({ query: '' }) }, ['BAD_REQUEST']],
  ['variables as a JSON-encoded string', { body: json({ query: VIEWER, variables: '{}' }) }, ['BAD_REQUEST']],
  ['variables as a list', { body: json({ query: VIEWER, variables: [1] }) }, ['BAD_REQUEST']],
  ['extensions as a string', { body: json({ query: VIEWER, extensions: 'x' }) }, ['BAD_REQUEST']],
  ['a persisted-query hash that matches nothing', { body: json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } } }) }, ['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']],
  ['a persisted-query hash that does not match its query', { body: json({ query: PROBE, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }) }, ['BAD_REQUEST', 'PERSISTED_QUERY_NOT_SUPPORTED']],
  ['a persisted-query version that does not exist', { body: json({ query: PROBE, extensions: { persistedQuery: { version: 2 } } }) }, ['BAD_REQUEST', 'PERSISTED_QUERY_NOT_SUPPORTED']],
  ['a subscription over HTTP', { body: json({ query: 'subscription { ticketCreated { id } }' }) }, ['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE']],
];

// Well-formed requests with a document or variables that do not fit the schema.
const DOCUMENTS: readonly (readonly [string, string, unknown, string | undefined, readonly string[]])[] = [
  ['a syntax error', '{ viewer { role }', undefined, undefined, ['GRAPHQL_PARSE_FAILED']],
  ['only a comment', '# nothing here', undefined, undefined, ['GRAPHQL_PARSE_FAILED']],
  ['an unknown field', '{ viewer { password } }', undefined, undefined, ['GRAPHQL_VALIDATION_FAILED']],
  ['an unknown type in a fragment', '{ ...F } fragment F on Secret { id }', undefined, undefined, ['GRAPHQL_VALIDATION_FAILED']],
  ['an unknown operation name', 'query A { viewer { role } }', undefined, 'B', ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']],
  ['two operations and no operation name', 'query A { viewer { role } } query B { viewer { role } }', undefined, undefined, ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']],
  ['a variable of the wrong type', 'query($n: Int!) { tickets(first: $n) { edges { cursor } } }', { n: 'many' }, undefined, ['BAD_USER_INPUT']],
  ['null for a required variable', 'query($n: Int!) { tickets(first: $n) { edges { cursor } } }', { n: null }, undefined, ['BAD_USER_INPUT']],
  ['a missing required variable', 'query($n: Int!) { tickets(first: $n) { edges { cursor } } }', {}, undefined, ['BAD_USER_INPUT']],
  ['an undeclared variable', '{ tickets(first: $n) { edges { cursor } } }', { n: 1 }, undefined, ['GRAPHQL_VALIDATION_FAILED']],
  ['an unknown input field', 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } } }', { i: { subject: 'x', workspaceId: 'other' } }, undefined, ['BAD_USER_INPUT']],
  ['an enum written as a string', '{ tickets(first: 1, filter: { status: "new" }) { edges { cursor } } }', undefined, undefined, ['GRAPHQL_VALIDATION_FAILED']],
  ['an Int past 32 bits', '{ tickets(first: 2147483648) { edges { cursor } } }', undefined, undefined, ['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX']],
  ['an Int past 32 bits as a variable', 'query($n: Int!) { tickets(first: $n) { edges { cursor } } }', { n: 2 ** 53 }, undefined, ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']],
  ['a float page size', 'query($n: Int!) { tickets(first: $n) { edges { cursor } } }', { n: 1.5 }, undefined, ['BAD_USER_INPUT']],
  ['a negative page size', '{ tickets(first: -1) { edges { cursor } } }', undefined, undefined, ['BAD_USER_INPUT', 'VALIDATION_FAILED']],
  ['a page of 101', '{ tickets(first: 101) { edges { cursor } } }', undefined, undefined, ['BAD_USER_INPUT', 'VALIDATION_FAILED']],
  ['a date that is not a date', 'query($at: DateTimeISO) { simulateHandoff(input: { text: "hi", channel: chat, at: $at }) { handedOff } }', { at: 'yesterday-ish' }, undefined, ['BAD_USER_INPUT']],
  ['a string where a JSON object belongs', 'query($f: JSONObject!) { simulateRouting(input: { ruleSetId: "x", facts: $f }) { decision { usedFallback } } }', { f: 'facts' }, undefined, ['BAD_USER_INPUT']],
];

function toInit(request: Request): RequestInit {
  const contentType = request.contentType === undefined ? 'application/json' : request.contentType;
  return {
    method: request.method ?? 'POST',
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...request.headers },
    ...(request.body === undefined ? {} : { body: request.body }),
  };
}

const coded = (answer: Answer, codes: readonly string[]): Judgement => {
  const judged = judgeAnswer(answer, [PROBE]);
  if (judged === 'data') return { verdict: 'failed', why: `ran: ${answer.text.slice(0, 200)}` };
  const answered = codesOf(errorsOf(answer.json) ?? []);
  return judged.verdict === 'rejected' && !answered.some((c) => codes.includes(c)) ? { verdict: 'failed', why: `answered ${answered.join(', ')}; expected ${codes.join(' or ')}` } : judged;
};

describe('the built API given malformed requests', () => {
  const ledger = new Ledger('hostile/malformed.e2e.ts');
  let api: HostileApi;
  let watch: StateWatch;
  const authorized = (request: Request): Request => ({ ...request, headers: { authorization: `Bearer ${api.adminToken}`, ...request.headers } });

  beforeAll(async () => {
    api = await startHostileApi();
    watch = new StateWatch(api);
  });

  afterAll(async () => {
    ledger.save();
    await api?.server.stop();
  });

  describe.each(TRANSPORT)('when a client sends %s', (name, request, codes) => {
    it('answers a coded error, runs nothing and changes nothing', async () => {
      await watch.before({ reuse: true });
      const url = request.params ? `${api.url}?${new URLSearchParams(request.params).toString()}` : api.url;

      const answer = await send(url, toInit(authorized(request)));

      const judged = ledger.add('malformed (HTTP transport)', name, await watch.after(coded(answer, codes)), answer.ms);
      expect(judged).toMatchObject({ verdict: 'rejected' });
      // 200 only where the protocol wants it: an unknown persisted query asks the client to send the document.
      expect(answer.status >= 400 || codeOf(answer) === 'PERSISTED_QUERY_NOT_FOUND').toBe(true);
    });
  });

  describe.each(DOCUMENTS)('when a request has %s', (name, query, variables, operationName, codes) => {
    it('answers a coded error naming the problem', async () => {
      const body = json({ query, ...(variables === undefined ? {} : { variables }), ...(operationName ? { operationName } : {}) });

      const answer = await send(api.url, toInit(authorized({ body })));

      const judged = ledger.add('malformed (documents and variables)', name, coded(answer, codes), answer.ms);
      expect(judged).toMatchObject({ verdict: 'rejected' });
    });
  });

  describe('when the request is fine', () => {
    it('still renames nothing: every probe above was refused', async () => {
      const { destinations } = dataOf<{ destinations: { kind: string; name: string }[] }>(await api.gql('{ destinations { kind name } }'));

      expect(destinations.map((d) => d.name)).not.toContain('forged');
    });
  });

  describe.each([
    ['a frame that is not JSON', { raw: ['{nope'] }],
    ['a message of an unknown type', { raw: [json({ type: 'launch', payload: {} })] }],
    ['a subscribe without an id', { raw: [json({ type: 'subscribe', payload: { query: VIEWER } })] }],
    ['a subscribe whose query is not a string', { raw: [json({ id: '1', type: 'subscribe', payload: { query: 42 } })] }],
    ['a second connection_init', { raw: [json({ type: 'connection_init' })] }],
    ['two subscribes with one id', { raw: [json({ id: '1', type: 'subscribe', payload: { query: 'subscription { ticketCreated { id } }' } }), json({ id: '1', type: 'subscribe', payload: { query: 'subscription { ticketCreated { id } }' } })] }],
    ['a subscribe before connection_init', { beforeInit: [json({ id: '1', type: 'subscribe', payload: { query: PROBE } })] }],
    ['a binary frame of garbage', { raw: [Buffer.from([0, 159, 146, 150])] }],
  ] as const)('when a graphql-ws client sends %s', (name, frames) => {
    it('closes the socket with a code a client can act on', async () => {
      await watch.before({ reuse: true });

      const outcome = await exchange(api.server.wsUrl, { authorization: `Bearer ${api.adminToken}` }, null, frames);

      const judged = ledger.add('malformed (graphql-ws protocol)', name, await watch.after(withSocketData(judgeSocket(outcome, [PROBE]))), outcome.ms);
      expect(judged).toMatchObject({ verdict: 'rejected' });
      expect(outcome.closeCode).toEqual(expect.any(Number));
    });
  });

  describe.each(DOCUMENTS.filter(([, , , operationName]) => operationName === undefined))('when a graphql-ws subscribe has %s', (name, query, variables, _op, codes) => {
    it('answers an error message with the same code as HTTP', async () => {
      const outcome = await exchange(api.server.wsUrl, { authorization: `Bearer ${api.adminToken}` }, { query, ...(variables === undefined ? {} : { variables: variables as Record<string, unknown> }) });

      const judged = withSocketData(judgeSocket(outcome));
      const answered = socketCodes(outcome);
      const checked = judged.verdict === 'rejected' && !answered.some((c) => codes.includes(c)) ? { verdict: 'failed' as const, why: `answered ${answered.join(', ')}; expected ${codes.join(' or ')}` } : judged;
      expect(ledger.add('malformed (documents and variables)', `${name} (graphql-ws)`, checked, outcome.ms)).toMatchObject({ verdict: 'rejected' });
    });
  });
});

function withSocketData(judged: Judgement | 'data'): Judgement {
  return judged === 'data' ? { verdict: 'failed', why: 'the operation ran' } : judged;
}
