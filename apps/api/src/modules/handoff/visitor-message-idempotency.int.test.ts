import type { DataSource } from 'typeorm';
import { TOPICS } from '../../graphql/pubsub';
import type { RunningApi } from '../../server';
import { demoIds, POST, storePolicy, testPolicy } from '../../testing/handoff-fixtures';
import { createApiKeyOver, demoAdminToken, liveDatabase, postGraphQL, startLiveApi } from '../../testing/live-api';
import { required } from '../../testing/required';
import { describeEachDatabase } from '../../testing/test-databases';
import { ConversationEntity } from '../conversations/conversation.entity';
import { MessageEntity } from '../conversations/message.entity';
import { OutboxEventEntity } from '../outbox/outbox-event.entity';
import { AssignmentEntity } from '../tickets/assignment.entity';
import { TicketEntity } from '../tickets/ticket.entity';

const PARALLEL = 50;

type Posted = { conversation: { id: string }; message: { id: string }; handoff: { handedOff: boolean; ticket: { id: string } | null } };
type Answer = { data?: { postVisitorMessage: Posted } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** Row counts of everything a visitor message and its handoff could write. */
const counts = async (dataSource: DataSource) => ({
  conversations: await dataSource.manager.count(ConversationEntity),
  messages: await dataSource.manager.count(MessageEntity),
  tickets: await dataSource.manager.count(TicketEntity),
  assignments: await dataSource.manager.count(AssignmentEntity),
  events: await dataSource.manager.count(OutboxEventEntity),
});

/** The rows one new visitor's handed-off message adds: its conversation, the visitor's message and the reply, a ticket, its assignment, three events. */
const afterOneHandoff = (before: Awaited<ReturnType<typeof counts>>) => ({
  conversations: before.conversations + 1,
  messages: before.messages + 2,
  tickets: before.tickets + 1,
  assignments: before.assignments + 1,
  events: before.events + 3,
});

/** The outbox events about one handed-off conversation and its ticket, by topic and kind. */
async function eventsOf(dataSource: DataSource, conversationId: string, ticketId: string): Promise<string[]> {
  const rows = await dataSource.manager.find(OutboxEventEntity);
  return rows
    .flatMap((row) => {
      const payload = row.payload as { kind?: string; ticket?: { id: string }; conversationId?: string };
      if (row.topic === TOPICS.ticketEvents && payload.ticket?.id === ticketId) return [`ticket ${payload.kind}`];
      if (row.topic === TOPICS.conversationHandedOff && payload.conversationId === conversationId) return ['conversation handed off'];
      return [];
    })
    .sort();
}

// Real HTTP against the real server, so the requests really overlap (see ticket-idempotency.int.test.ts).
describeEachDatabase('postVisitorMessage retried in parallel with one idempotency key, over HTTP', (engine) => {
  let db: Awaited<ReturnType<typeof liveDatabase>>;
  let api: RunningApi;
  let integratorKey: string;
  const send = (input: Record<string, unknown>) => postGraphQL(api, POST, { input }, integratorKey) as Promise<Answer>;

  beforeAll(async () => {
    db = await liveDatabase(engine);
    api = await startLiveApi({ RATE_LIMIT_POINTS: '100000' }, { database: db.config });
    integratorKey = (await createApiKeyOver(api, await demoAdminToken(api), 'integrator')).key;
    const ids = await demoIds(api.dataSource);
    await storePolicy(api.dataSource, testPolicy({ assignment: { mode: 'sameDestination', destination: 'helpDesk', userIds: [], teamIds: [ids.team('billing')], strategy: 'roundRobin' } }));
  });

  afterAll(async () => {
    await api?.stop();
    await db?.dispose();
  });

  describe(`when a new visitor's handoff message is sent ${PARALLEL} times at once`, () => {
    it('makes one conversation with one message and reply, one ticket, one assignment and one event of each kind, and every answer is the first', async () => {
      const input = { channel: 'chat', language: 'fi', contact: { email: 'aada@example.fi', tier: 'gold' }, text: 'peruutus, kiitos', idempotencyKey: `burst-${engine}` };
      const before = await counts(api.dataSource);

      const answers = await Promise.all(Array.from({ length: PARALLEL }, () => send(input)));

      expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
      for (const answer of answers) expect(answer).toEqual(answers[0]);
      const first = required(answers[0]?.data).postVisitorMessage;
      expect(first.handoff.handedOff).toBe(true);
      const ticketId = required(first.handoff.ticket).id;
      expect(await api.dataSource.manager.countBy(MessageEntity, { idempotencyKey: input.idempotencyKey })).toBe(1);
      expect(await api.dataSource.manager.countBy(MessageEntity, { conversationId: first.conversation.id })).toBe(2);
      expect(await api.dataSource.manager.countBy(TicketEntity, { conversationId: first.conversation.id })).toBe(1);
      expect(await api.dataSource.manager.countBy(AssignmentEntity, { ticketId })).toBe(1);
      expect(await eventsOf(api.dataSource, first.conversation.id, ticketId)).toEqual(['conversation handed off', 'ticket assigned', 'ticket created']);
      expect(await counts(api.dataSource)).toEqual(afterOneHandoff(before));
    });
  });

  describe('when one key is sent at once with two different messages', () => {
    it('hands off one of them; its twins get its result and the others IDEMPOTENCY_KEY_REUSED', async () => {
      const key = `contested-${engine}`;
      const inputs = Array.from({ length: PARALLEL }, (_, i) => ({ channel: 'chat', text: i % 2 === 0 ? 'peruutus nyt' : 'peruutus huomenna', idempotencyKey: key }));
      const before = await counts(api.dataSource);

      const answers = await Promise.all(inputs.map(send));

      const served = answers.flatMap((a, i) => (a.data ? [{ sent: inputs[i]?.text, posted: a.data.postVisitorMessage }] : []));
      const refused = answers.flatMap((a, i) => (a.errors ? [{ sent: inputs[i]?.text, code: a.errors[0]?.extensions?.['code'] }] : []));
      expect(served).toHaveLength(PARALLEL / 2);
      expect(new Set(served.map((s) => s.sent)).size).toBe(1);
      expect(new Set(served.map((s) => JSON.stringify(s.posted))).size).toBe(1);
      expect(refused).toHaveLength(PARALLEL / 2);
      expect(refused.every((r) => r.sent !== served[0]?.sent && r.code === 'IDEMPOTENCY_KEY_REUSED')).toBe(true);
      expect(await counts(api.dataSource)).toEqual(afterOneHandoff(before));
    });
  });

  describe('when a key is used again later for a different message', () => {
    it.each([
      ['other text', { text: 'peruutus, ja nopeasti' }],
      ['another channel', { channel: 'email' }],
      ['another contact', { contact: { email: 'someone@else.fi' } }],
      ['an existing conversation', { conversationId: 'set below' }],
    ])('refuses it with IDEMPOTENCY_KEY_REUSED naming the key (%s), and writes nothing', async (label, change) => {
      const first = { channel: 'chat', contact: { email: 'aada@example.fi' }, text: 'peruutus', idempotencyKey: `reused-${engine}-${label}` };
      const posted = required((await send(first)).data).postVisitorMessage;
      const changed = 'conversationId' in change ? { conversationId: posted.conversation.id } : change;
      const before = await counts(api.dataSource);

      const answer = await send({ ...first, ...changed });

      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', idempotencyKey: first.idempotencyKey, path: 'input.idempotencyKey' });
      expect(await counts(api.dataSource)).toEqual(before);
    });
  });
});
