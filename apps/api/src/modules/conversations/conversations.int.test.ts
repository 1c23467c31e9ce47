import { createTestApi, type TestApi } from '../../testing/test-api';
import { required } from '../../testing/required';
import { describeEachDatabase } from '../../testing/test-databases';
import { removePolicy } from '../../testing/handoff-fixtures';

const POST = `mutation ($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { conversation { id } } }`;
const LIST = `query ($first: Int!, $after: String, $status: ConversationStatus) {
  conversations(first: $first, after: $after, status: $status) { edges { node { id status } } pageInfo { hasNextPage endCursor } }
}`;
type Listed = { conversations: { edges: { node: { id: string; status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describeEachDatabase('conversations through the schema', (engine) => {
  let api: TestApi;
  const started: string[] = [];

  beforeAll(async () => {
    api = await createTestApi(engine);
    await removePolicy(api.db.dataSource);
    for (let i = 0; i < 5; i++) {
      api.setNow(`2026-11-24T09:0${i}:00.000Z`);
      const text = i % 2 === 0 ? 'Can I talk to a human, please?' : 'What are your opening hours?';
      const res = await api.execute<{ postVisitorMessage: { conversation: { id: string } } }>(POST, { input: { channel: 'email', text, contact: { email: 'Ann@Example.com', tier: 'premium' } } });
      started.push(required(res.data).postVisitorMessage.conversation.id);
    }
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when listing conversations', () => {
    it('pages newest first and filters by status', async () => {
      const page1 = await api.execute<Listed>(LIST, { first: 3 });
      const page2 = await api.execute<Listed>(LIST, { first: 3, after: page1.data?.conversations.pageInfo.endCursor });
      const withBot = await api.execute<Listed>(LIST, { first: 100, status: 'bot' });

      expect([...required(page1.data).conversations.edges, ...required(page2.data).conversations.edges].map((e) => e.node.id)).toEqual([...started].reverse());
      expect([page1.data?.conversations.pageInfo.hasNextPage, page2.data?.conversations.pageInfo.hasNextPage]).toEqual([true, false]);
      expect(withBot.data?.conversations.edges.map((e) => e.node.id)).toEqual([started[3], started[1]]);
    });
  });

  describe('when reading one conversation', () => {
    it('shows its contact, messages in order, assignee and ticket', async () => {
      const res = await api.execute(`query ($id: ID!) { conversation(id: $id) {
        channel status contact { email emailDomain tier } messages { author text } assignee { name } tickets { sourceChannel subject }
      } }`, { id: started[0] });

      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        conversation: {
          channel: 'email',
          status: 'assigned',
          contact: { email: 'Ann@Example.com', emailDomain: 'example.com', tier: 'premium' },
          messages: [
            { author: 'visitor', text: 'Can I talk to a human, please?' },
            { author: 'bot', text: expect.stringContaining('Connecting you') },
          ],
          assignee: { name: expect.any(String) },
          tickets: [{ sourceChannel: 'email', subject: 'Can I talk to a human, please?' }],
        },
      });
    });

    it('returns null for a conversation of another workspace', async () => {
      const res = await api.execute(`{ conversation(id: "not-ours") { id } }`);
      expect(res).toEqual({ data: { conversation: null } });
    });
  });
});
