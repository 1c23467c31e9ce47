import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { AssignmentEntity } from './assignment.entity';
import { TicketEntity } from './ticket.entity';
import { createTestApi, type TestApi } from '../../testing/test-api';
import { required } from '../../testing/required';
import { describeEachDatabase } from '../../testing/test-databases';
import { demoIds } from '../../testing/handoff-fixtures';

const CREATE = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id subject status priority tags destination custom owner { name } team { name } assignments { method actor } createdAt } } }`;
const LIST = `query ($first: Int!, $after: String, $filter: TicketFilter) {
  tickets(first: $first, after: $after, filter: $filter) { edges { cursor node { id subject } } pageInfo { hasNextPage endCursor } }
}`;

type Created = { createTicket: { ticket: { id: string; subject: string; createdAt: string } } };
type Listed = { tickets: { edges: { cursor: string; node: { id: string; subject: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describeEachDatabase('tickets through the schema', (engine) => {
  let api: TestApi;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const create = (input: Record<string, unknown>) => api.execute<Created>(CREATE, { input });

  beforeAll(async () => {
    api = await createTestApi(engine);
    ids = await demoIds(api.db.dataSource);
    for (let i = 0; i < 12; i++) {
      api.setNow(`2026-11-24T09:${String(i).padStart(2, '0')}:00.000Z`);
      const billing = i % 3 === 0;
      await create({
        subject: `Ticket ${i}`,
        tags: billing ? ['billing', 'refund'] : ['general'],
        ...(billing ? { teamId: ids.team('billing'), ownerId: ids.user('mikko') } : {}),
        destination: i % 4 === 0 ? 'inbox' : 'helpDesk',
      });
    }
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when paging through tickets', () => {
    it('returns them newest first, page by page, without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const res: Awaited<ReturnType<typeof api.execute<Listed>>> = await api.execute<Listed>(LIST, { first: 5, after });
        expect(res.errors).toBeUndefined();
        const { tickets } = required(res.data);
        seen.push(...tickets.edges.map((e) => e.node.subject));
        after = tickets.pageInfo.endCursor;
        expect(tickets.pageInfo.hasNextPage).toBe(page < 2);
      }
      expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `Ticket ${11 - i}`));
    });

    it.each([
      ['team', () => ({ teamId: ids.team('billing') }), ['Ticket 9', 'Ticket 6', 'Ticket 3', 'Ticket 0']],
      ['owner', () => ({ ownerId: ids.user('mikko') }), ['Ticket 9', 'Ticket 6', 'Ticket 3', 'Ticket 0']],
      ['tag', () => ({ tag: 'refund' }), ['Ticket 9', 'Ticket 6', 'Ticket 3', 'Ticket 0']],
      ['destination', () => ({ destination: 'inbox' }), ['Ticket 8', 'Ticket 4', 'Ticket 0']],
      ['a tag that is only part of another', () => ({ tag: 'ref' }), []],
    ])('filters by %s', async (_label, filter, expected) => {
      const res = await api.execute<Listed>(LIST, { first: 100, filter: filter() });
      expect(res.data?.tickets.edges.map((e) => e.node.subject)).toEqual(expected);
    });

    it('rejects more than 100 per page and a forged cursor', async () => {
      const tooMany = await api.execute(LIST, { first: 101 });
      const forged = await api.execute(LIST, { first: 5, after: Buffer.from('yesterday|x').toString('base64url') });

      expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path: 'after' })] });
    });
  });

  describe('when creating, changing, assigning and closing a ticket', () => {
    it('applies each change and writes the manual assignment history', async () => {
      const created = await create({ subject: 'Broken zipper', custom: { orderId: 42 } });
      const id = required(created.data).createTicket.ticket.id;

      const updated = await api.execute(`mutation ($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { subject priority status tags custom } } }`, {
        input: { ticketId: id, subject: 'Broken zipper on jacket', priority: 'high', status: 'open', tags: ['warranty', 'warranty'] },
      });
      const assigned = await api.execute(`mutation ($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { owner { name } team { name } assignments { method actor user { name } } } } }`, {
        input: { ticketId: id, userId: ids.user('priya'), teamId: ids.team('support') },
      });
      const closed = await api.execute(`mutation ($input: CloseTicketInput!) { closeTicket(input: $input) { ticket { status } } }`, { input: { ticketId: id } });

      expect(updated.data).toEqual({ updateTicket: { ticket: { subject: 'Broken zipper on jacket', priority: 'high', status: 'open', tags: ['warranty'], custom: { orderId: 42 } } } });
      expect(assigned.data).toEqual({
        assignTicket: { ticket: { owner: { name: 'Priya Nair' }, team: { name: 'Support' }, assignments: [{ method: 'manual', actor: 'test-admin', user: { name: 'Priya Nair' } }] } },
      });
      expect(closed.data).toEqual({ closeTicket: { ticket: { status: 'closed' } } });
    });

    it('treats an empty id as an id that names nothing, not as "none"', async () => {
      const emptyOwner = await create({ subject: 'Empty owner', ownerId: '' });
      const emptyConversation = await create({ subject: 'Empty conversation', conversationId: '' });
      const visitor = await api.execute(`mutation ($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { handoff { handedOff } } }`, {
        input: { channel: 'chat', text: 'hello', conversationId: '' },
      });

      expect(emptyOwner.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', path: 'input.ownerId' });
      expect(emptyConversation.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', path: 'input.conversationId' });
      expect(visitor.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', path: 'input.conversationId' });
    });

    it('keeps the team when only the owner is given, and clears a field sent as null', async () => {
      const created = await create({ subject: 'Lost parcel' });
      const id = required(created.data).createTicket.ticket.id;
      const assign = (input: Record<string, unknown>) =>
        api.execute(`mutation ($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { owner { name } team { name } } } }`, { input: { ticketId: id, ...input } });

      await assign({ userId: ids.user('priya'), teamId: ids.team('support') });
      const ownerOnly = await assign({ userId: ids.user('jamal') });
      const ownerCleared = await assign({ userId: null });

      expect(ownerOnly.data).toEqual({ assignTicket: { ticket: { owner: { name: 'Jamal Carter' }, team: { name: 'Support' } } } });
      expect(ownerCleared.data).toEqual({ assignTicket: { ticket: { owner: null, team: { name: 'Support' } } } });
    });

    it('returns the first ticket for a repeated idempotency key', async () => {
      const first = await create({ subject: 'Once', idempotencyKey: `once-${engine}` });
      const again = await create({ subject: 'Once', idempotencyKey: `once-${engine}` });

      expect(again.data).toEqual(first.data);
      expect(await api.db.dataSource.manager.countBy(TicketEntity, { idempotencyKey: `once-${engine}` })).toBe(1);
    });
  });

  describe('when the input is bad', () => {
    it.each([
      ['a blank subject', { subject: ' ' }, 'input.subject'],
      ['a blank tag', { subject: 'ok', tags: ['fine', ''] }, 'input.tags[1]'],
      ['too many tags', { subject: 'ok', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'input.tags'],
    ])('rejects %s with VALIDATION_FAILED at its path and stores nothing', async (_label, input, path) => {
      const before = await api.db.dataSource.manager.count(TicketEntity);

      const res = await create(input);

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path })] });
      expect(await api.db.dataSource.manager.count(TicketEntity)).toBe(before);
    });

    it.each([
      ['an owner', { subject: 'ok', ownerId: 'other-workspace-user' }, 'user', 'input.ownerId'],
      ['a team', { subject: 'ok', teamId: 'other-workspace-team' }, 'team', 'input.teamId'],
      ['a conversation', { subject: 'ok', conversationId: 'other-workspace-conversation' }, 'conversation', 'input.conversationId'],
    ])('answers NOT_FOUND for %s of another workspace and stores nothing', async (_label, input, entity, path) => {
      const before = await Promise.all([TicketEntity, AssignmentEntity].map((e) => api.db.dataSource.manager.count(e)));

      const res = await create(input);

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', entity, path });
      expect(await Promise.all([TicketEntity, AssignmentEntity].map((e) => api.db.dataSource.manager.count(e)))).toEqual(before);
    });

    it('never reads or changes a ticket of another workspace', async () => {
      const other = { id: `ws-other-${engine}`, name: 'Other', createdAt: new Date() };
      await api.db.dataSource.manager.insert(WorkspaceEntity, other);
      const theirs = await api.execute<Created>(CREATE, { input: { subject: 'Theirs' } }, other.id);
      const theirId = required(theirs.data).createTicket.ticket.id;

      const read = await api.execute(`query ($id: ID!) { ticket(id: $id) { id } }`, { id: theirId });
      const closed = await api.execute(`mutation ($id: ID!) { closeTicket(input: { ticketId: $id }) { ticket { id } } }`, { id: theirId });
      const listed = await api.execute<Listed>(LIST, { first: 100 });

      expect(read.data).toEqual({ ticket: null });
      expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'ticket', path: 'input.ticketId' });
      expect(listed.data?.tickets.edges.map((e) => e.node.subject)).not.toContain('Theirs');
      expect(await api.db.dataSource.manager.findOneByOrFail(TicketEntity, { id: theirId })).toMatchObject({ status: 'new' });
    });
  });
});
