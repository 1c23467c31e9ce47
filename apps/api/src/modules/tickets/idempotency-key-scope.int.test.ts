import { POST } from '../../testing/handoff-fixtures';
import { required } from '../../testing/required';
import { seedSecondWorkspace, SECOND_WORKSPACE_ID } from '../../testing/second-workspace';
import { createTestApi, type ExecuteAs, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { MessageEntity } from '../conversations/message.entity';
import { TicketEntity } from './ticket.entity';

const CREATE = 'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id subject } } }';

type Created = { createTicket: { ticket: { id: string; subject: string } } };
type Posted = { postVisitorMessage: { conversation: { id: string }; handoff: { ticket: { id: string } | null } } };

// Keys are scoped to the workspace, not to the principal: a workspace is one customer, and a
// retry must still find its first answer after the integrator rotates its API key. Two
// integrations of one workspace that happen to pick the same key for different requests are
// told so (IDEMPOTENCY_KEY_REUSED) instead of silently sharing a ticket.
describeEachDatabase('idempotency keys are scoped to the workspace', (engine) => {
  let api: TestApi;
  const inDemo: ExecuteAs = { as: 'integrator' };
  const inSecond: ExecuteAs = { as: 'integrator', workspaceId: SECOND_WORKSPACE_ID };

  beforeAll(async () => {
    api = await createTestApi(engine);
    await seedSecondWorkspace(api);
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when two workspaces send the same createTicket with the same key', () => {
    it('gives each its own ticket, in its own workspace', async () => {
      const input = { subject: 'Broken zipper', idempotencyKey: 'order-77' };

      const a = required((await api.execute<Created>(CREATE, { input }, inDemo)).data).createTicket.ticket;
      const b = required((await api.execute<Created>(CREATE, { input }, inSecond)).data).createTicket.ticket;

      expect(b.id).not.toBe(a.id);
      expect(await api.db.dataSource.manager.findOneByOrFail(TicketEntity, { id: a.id })).toMatchObject({ workspaceId: api.workspaceId, idempotencyKey: 'order-77' });
      expect(await api.db.dataSource.manager.findOneByOrFail(TicketEntity, { id: b.id })).toMatchObject({ workspaceId: SECOND_WORKSPACE_ID, idempotencyKey: 'order-77' });
    });

    it('does not refuse the other workspace a different request under the same key', async () => {
      const first = await api.execute<Created>(CREATE, { input: { subject: 'Mine', idempotencyKey: 'shared-key' } }, inDemo);

      const other = await api.execute<Created>(CREATE, { input: { subject: 'Theirs', idempotencyKey: 'shared-key' } }, inSecond);

      expect(first.errors).toBeUndefined();
      expect(other.errors).toBeUndefined();
      expect(required(other.data).createTicket.ticket.subject).toBe('Theirs');
    });
  });

  describe('when two workspaces post the same visitor message with the same key', () => {
    it('hands off in each, with its own conversation and ticket', async () => {
      const input = { channel: 'chat', text: 'Can I talk to a human, please?', idempotencyKey: 'visitor-5' };

      const a = required((await api.execute<Posted>(POST, { input }, inDemo)).data).postVisitorMessage;
      const b = required((await api.execute<Posted>(POST, { input }, inSecond)).data).postVisitorMessage;

      expect(b.conversation.id).not.toBe(a.conversation.id);
      expect(required(b.handoff.ticket).id).not.toBe(required(a.handoff.ticket).id);
      const stored = await api.db.dataSource.manager.find(MessageEntity, { where: { idempotencyKey: 'visitor-5' } });
      expect(stored.map((m) => m.workspaceId).sort()).toEqual([api.workspaceId, SECOND_WORKSPACE_ID].sort());
    });
  });

  describe('when two principals of one workspace send the same request with the same key', () => {
    it('answers the second with the first one’s ticket', async () => {
      const input = { subject: 'From the old key', idempotencyKey: 'rotated-key-retry' };

      const byIntegrator = await api.execute<Created>(CREATE, { input }, inDemo);
      const byAdmin = await api.execute<Created>(CREATE, { input }, { as: 'admin' });

      expect(byAdmin).toEqual(byIntegrator);
      expect(await api.db.dataSource.manager.countBy(TicketEntity, { idempotencyKey: input.idempotencyKey })).toBe(1);
    });
  });
});
