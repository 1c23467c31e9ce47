import type { DataSource } from 'typeorm';
import { TOPICS } from '../../graphql/pubsub';
import type { RunningApi } from '../../server';
import { demoIds } from '../../testing/handoff-fixtures';
import { createApiKeyOver, demoAdminToken, liveDatabase, postGraphQL, startLiveApi } from '../../testing/live-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { OutboxEventEntity } from '../outbox/outbox-event.entity';
import { AssignmentEntity } from './assignment.entity';
import { TicketEntity } from './ticket.entity';

const CREATE = 'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id subject owner { name } team { name } } } }';
const PARALLEL = 50;

type Answer = { data?: { createTicket: { ticket: { id: string; subject: string } } } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** Every row a ticket left behind: itself, its assignments and its events in the outbox, by kind. */
async function footprint(dataSource: DataSource, ticketId: string) {
  const events = (await dataSource.manager.find(OutboxEventEntity, { where: { topic: TOPICS.ticketEvents } }))
    .map((e) => e.payload as { kind: string; ticket: { id: string } })
    .filter((p) => p.ticket.id === ticketId);
  return {
    tickets: await dataSource.manager.countBy(TicketEntity, { id: ticketId }),
    assignments: await dataSource.manager.countBy(AssignmentEntity, { ticketId }),
    eventKinds: events.map((e) => e.kind).sort(),
  };
}

/** Row counts of everything a createTicket could write. */
const counts = async (dataSource: DataSource) => ({
  tickets: await dataSource.manager.count(TicketEntity),
  assignments: await dataSource.manager.count(AssignmentEntity),
  events: await dataSource.manager.count(OutboxEventEntity),
});

// Real HTTP against the real server, so the 50 requests really overlap: on PostgreSQL each gets
// its own pooled connection and they meet at the unique index; on SQLite they queue for the writer.
describeEachDatabase('createTicket retried in parallel with one idempotency key, over HTTP', (engine) => {
  let db: Awaited<ReturnType<typeof liveDatabase>>;
  let api: RunningApi;
  let integratorKey: string;
  let people: Awaited<ReturnType<typeof demoIds>>;
  const send = (input: Record<string, unknown>) => postGraphQL(api, CREATE, { input }, integratorKey) as Promise<Answer>;

  beforeAll(async () => {
    db = await liveDatabase(engine);
    api = await startLiveApi({ RATE_LIMIT_POINTS: '100000' }, { database: db.config });
    integratorKey = (await createApiKeyOver(api, await demoAdminToken(api), 'integrator')).key;
    people = await demoIds(api.dataSource);
  });

  afterAll(async () => {
    await api?.stop();
    await db?.dispose();
  });

  describe(`when the same request is sent ${PARALLEL} times at once`, () => {
    it('creates one ticket with one assignment and one event of each kind, and answers every request with it', async () => {
      const input = { subject: 'Order 1234 arrived broken', tags: ['returns'], ownerId: people.user('mikko'), teamId: people.team('billing'), custom: { order: 1234, items: [{ sku: 'A', n: 2 }] }, idempotencyKey: `burst-${engine}` };

      const answers = await Promise.all(Array.from({ length: PARALLEL }, () => send(input)));

      expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
      const ids = new Set(answers.map((a) => a.data?.createTicket.ticket.id));
      expect(ids.size).toBe(1);
      for (const answer of answers) expect(answer).toEqual(answers[0]);
      const [ticketId] = [...ids] as [string];
      expect(await api.dataSource.manager.countBy(TicketEntity, { idempotencyKey: input.idempotencyKey })).toBe(1);
      expect(await footprint(api.dataSource, ticketId)).toEqual({ tickets: 1, assignments: 1, eventKinds: ['assigned', 'created'] });
    });
  });

  describe('when one key is sent at once with two different requests', () => {
    it('creates one ticket from one of them; its twins get that ticket and the others IDEMPOTENCY_KEY_REUSED', async () => {
      const key = `contested-${engine}`;
      const inputs = Array.from({ length: PARALLEL }, (_, i) => ({ subject: i % 2 === 0 ? 'Refund, please' : 'Cancel my order', idempotencyKey: key }));
      const before = await counts(api.dataSource);

      const answers = await Promise.all(inputs.map(send));

      const created = answers.flatMap((a, i) => (a.data ? [{ subject: inputs[i]?.subject, ticket: a.data.createTicket.ticket }] : []));
      const refused = answers.flatMap((a, i) => (a.errors ? [{ subject: inputs[i]?.subject, error: a.errors[0] }] : []));
      expect(created.length + refused.length).toBe(PARALLEL);
      const winner = created[0]?.ticket;
      expect(winner).toBeDefined();
      // Every answer with a ticket names the same one, and only requests identical to its own got it.
      expect(created.every((c) => c.ticket.id === winner?.id && c.subject === winner?.subject)).toBe(true);
      expect(created).toHaveLength(PARALLEL / 2);
      expect(refused.every((r) => r.subject !== winner?.subject && r.error?.extensions?.['code'] === 'IDEMPOTENCY_KEY_REUSED')).toBe(true);
      expect(await counts(api.dataSource)).toEqual({ ...before, tickets: before.tickets + 1, events: before.events + 1 });
    });
  });

  describe('when a key is used again later for a different ticket', () => {
    it.each([
      ['another subject', { subject: 'Something else' }],
      ['one more tag', { tags: ['returns', 'vip'] }],
      ['other custom properties', { custom: { order: 1235 } }],
      ['no owner', { ownerId: undefined }],
    ])('refuses it with IDEMPOTENCY_KEY_REUSED naming the key (%s), and writes nothing', async (_label, change) => {
      const first = { subject: 'Once only', tags: ['returns'], ownerId: people.user('priya'), custom: { order: 1234 }, idempotencyKey: `reused-${engine}-${_label}` };
      expect((await send(first)).errors).toBeUndefined();
      const before = await counts(api.dataSource);

      const answer = await send({ ...first, ...change });

      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', idempotencyKey: first.idempotencyKey, path: 'input.idempotencyKey' });
      expect(answer.errors?.[0]?.message).toContain(JSON.stringify(first.idempotencyKey));
      expect(await counts(api.dataSource)).toEqual(before);
    });

    it('still replays the first ticket to the very same request, its keys in another order', async () => {
      const first = { subject: 'Same again', custom: { a: 1, b: { c: 2, d: 3 } }, idempotencyKey: `same-${engine}` };
      const created = await send(first);

      const again = await send({ idempotencyKey: first.idempotencyKey, custom: { b: { d: 3, c: 2 }, a: 1 }, subject: 'Same again' });

      expect(again).toEqual(created);
    });
  });
});
