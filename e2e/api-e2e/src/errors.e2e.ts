import { postGraphQL, type ServerProcess, startApiProcess } from '@handoff/process-harness';

describe('the built API answering bad requests', () => {
  let api: ServerProcess;

  beforeAll(async () => {
    api = await startApiProcess();
  });

  afterAll(async () => {
    await api.stop();
  });

  describe('when a visitor message is blank and its contact email is not an email', () => {
    it('answers VALIDATION_FAILED naming each offending path, and stores nothing', async () => {
      const countConversations = async () =>
        (await postGraphQL<{ conversations: { edges: unknown[] } }>(api.baseUrl, '{ conversations(first: 100) { edges { cursor } } }')).body.data?.conversations.edges.length;
      const before = await countConversations();

      const { body } = await postGraphQL(api.baseUrl, 'mutation($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { conversation { id } } }', {
        input: { channel: 'chat', text: '   ', contact: { email: 'not-an-email' } },
      });

      expect(body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
      const paths = (body.errors?.[0]?.extensions?.['issues'] as { path: string }[]).map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['input.text', 'input.contact.email']));
      expect(before).toEqual(expect.any(Number));
      expect(await countConversations()).toBe(before);
    });
  });

  describe.each([
    ['a syntax error', '{ tickets(first: 5) { edges { node { id } }', undefined, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', '{ tickets(first: 5) { edges { node { noSuchField } } } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    ['a variable of the wrong type', 'query($first: Int!) { tickets(first: $first) { edges { cursor } } }', { first: 'many' }, 'BAD_USER_INPUT'],
    ['first over 100', '{ tickets(first: 101) { edges { cursor } } }', undefined, 'BAD_USER_INPUT'],
    ['an unknown ticket to assign', 'mutation { assignTicket(input: { ticketId: "00000000-0000-4000-8000-00000000dead" }) { ticket { id } } }', undefined, undefined],
  ])('when a query has %s', (_name, query, variables, code) => {
    it('answers with a coded error and never a stack trace or a file path', async () => {
      const { body, text } = await postGraphQL(api.baseUrl, query, variables);

      expect(body.errors?.length).toBeGreaterThan(0);
      if (code) expect(body.errors?.[0]?.extensions?.['code']).toBe(code);
      expect(body.errors?.[0]?.extensions?.['requestId']).toEqual(expect.any(String));
      expect(text).not.toMatch(/stacktrace/i);
      expect(text).not.toMatch(/\bat .+\.(js|ts):\d+/);
      expect(text).not.toContain(__dirname.split('/e2e/')[0]);
    });
  });
});
