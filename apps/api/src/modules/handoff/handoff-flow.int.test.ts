import { ConversationEntity } from '../conversations/conversation.entity';
import { MessageEntity } from '../conversations/message.entity';
import { RoundRobinCursorEntity } from '../people/round-robin-cursor.entity';
import { AssignmentEntity } from '../tickets/assignment.entity';
import { TicketEntity } from '../tickets/ticket.entity';
import { createTestApi, type TestApi } from '../../testing/test-api';
import { required } from '../../testing/required';
import { describeEachDatabase } from '../../testing/test-databases';
import { demoIds, POST, removePolicy, storePolicy, testPolicy } from '../../testing/handoff-fixtures';


type Post = {
  postVisitorMessage: {
    conversation: { id: string; status: string; assignee: { name: string } | null };
    message: { id: string };
    botMessage: { author: string; text: string } | null;
    handoff: {
      handedOff: boolean;
      reason: string;
      mode: string | null;
      messageKind: string | null;
      messageText: string | null;
      conversationStatus: string;
      firedTriggers: { kind: string; triggerId: string | null; phrase: string | null; start: number | null; end: number | null }[];
      ticket: { id: string; destination: string; priority: string; tags: string[]; owner: { name: string } | null; team: { name: string } | null; assignments: { method: string; reason: string }[] } | null;
      assignee: { name: string } | null;
    };
  };
};

describeEachDatabase('the handoff flow with same-destination assignment', (engine) => {
  let api: TestApi;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const post = (input: Record<string, unknown>) => api.execute<Post>(POST, { input: { channel: 'chat', ...input } });

  beforeAll(async () => {
    api = await createTestApi(engine);
    ids = await demoIds(api.db.dataSource);
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe('when the workspace has no policy yet', () => {
    it('hands off live by round robin over every team, with the default texts', async () => {
      await removePolicy(api.db.dataSource);

      const res = await post({ text: 'Can I talk to a human, please?' });

      expect(res.errors).toBeUndefined();
      expect(res.data?.postVisitorMessage.handoff).toMatchObject({ handedOff: true, reason: 'visitorAskedForHuman', mode: 'live', messageKind: 'teamAvailable' });
      expect(res.data?.postVisitorMessage.handoff.ticket?.owner?.name).toBe('Mikko Korhonen');
    });
  });

  describe('when a Finnish visitor writes an inflected trigger word under a live policy', () => {
    const policy = () => testPolicy({ assignment: { mode: 'sameDestination', destination: 'inbox', userIds: [], teamIds: [ids.team('billing')], strategy: 'roundRobin' } });

    it('creates an assigned inbox ticket, replies, and stores the assignment and the round-robin cursor', async () => {
      await storePolicy(api.db.dataSource, policy());
      const text = 'Haluan tehdä peruutuksen tilaukselleni';

      const res = await post({ text, language: 'fi' });

      expect(res.errors).toBeUndefined();
      const out = required(res.data).postVisitorMessage;
      expect(out.handoff).toMatchObject({ handedOff: true, reason: 'customTrigger', mode: 'live', messageKind: 'teamAvailable', messageText: 'A person joins you now.', conversationStatus: 'assigned' });
      expect(out.handoff.firedTriggers).toEqual([{ kind: 'customTrigger', source: 'message', triggerId: 'cancel-fi', phrase: 'peruutus', start: 13, end: 24 }]);
      expect(text.slice(13, 24)).toBe('peruutuksen');
      expect(out.handoff.ticket).toMatchObject({ destination: 'inbox', owner: { name: expect.any(String) }, team: { name: 'Billing' } });
      expect(out.handoff.ticket?.assignments).toEqual([{ method: 'roundRobin', reason: 'trigger: customTrigger', user: { name: out.handoff.ticket?.owner?.name } }]);
      expect(out.conversation).toMatchObject({ status: 'assigned', assignee: { name: out.handoff.ticket?.owner?.name } });
      expect(out.botMessage).toEqual({ author: 'bot', text: 'A person joins you now.' });
      const cursor = await api.db.dataSource.manager.findOneBy(RoundRobinCursorEntity, { workspaceId: api.workspaceId });
      expect(cursor).toBeTruthy();
    });

    it('gives the next handoff to the next available member of the team', async () => {
      await storePolicy(api.db.dataSource, policy());

      const first = await post({ text: 'peruutus' });
      const second = await post({ text: 'peruutus' });

      const owners = [first, second].map((r) => r.data?.postVisitorMessage.handoff.ticket?.owner?.name);
      expect(new Set(owners)).toEqual(new Set(['Mikko Korhonen', 'Priya Nair']));
    });

    it('does not hand off a message without a trigger, nor hand off a conversation twice', async () => {
      await storePolicy(api.db.dataSource, policy());
      const ticketsBefore = await api.db.dataSource.manager.count(TicketEntity);

      const quiet = await post({ text: 'What are your opening hours?' });
      const handed = await post({ text: 'peruutus', conversationId: quiet.data?.postVisitorMessage.conversation.id });
      const again = await post({ text: 'peruutus again', conversationId: quiet.data?.postVisitorMessage.conversation.id });

      expect(quiet.data?.postVisitorMessage).toMatchObject({ botMessage: null, handoff: { handedOff: false, reason: 'noTrigger', conversationStatus: 'bot', ticket: null } });
      expect(handed.data?.postVisitorMessage.handoff.handedOff).toBe(true);
      expect(again.data?.postVisitorMessage.handoff).toMatchObject({ handedOff: false, reason: 'alreadyHandedOff', conversationStatus: 'assigned' });
      expect(await api.db.dataSource.manager.count(TicketEntity)).toBe(ticketsBefore + 1);
      expect(await api.db.dataSource.manager.countBy(MessageEntity, { conversationId: quiet.data?.postVisitorMessage.conversation.id })).toBe(4);
    });
  });

  describe('when nobody in the pool is available', () => {
    const policy = (overrides: Record<string, unknown>) =>
      testPolicy({ assignment: { mode: 'sameDestination', destination: 'helpDesk', userIds: [ids.user('olga')], teamIds: [], strategy: 'leastLoaded' }, ...overrides });

    it.each([
      ['keepOpen', 'unassigned'],
      ['closeConversation', 'closed'],
    ])('live with %s leaves the ticket unassigned and the conversation %s', async (unassignedBehaviour, status) => {
      await storePolicy(api.db.dataSource, policy({ unassignedBehaviour }));

      const res = await post({ text: 'I want to speak to a person' });

      expect(res.data?.postVisitorMessage.handoff).toMatchObject({ handedOff: true, mode: 'live', messageKind: 'teamUnavailable', messageText: 'Nobody is around right now.', conversationStatus: status, ticket: { owner: null } });
      expect(res.data?.postVisitorMessage.handoff.ticket?.assignments[0]).toMatchObject({ method: 'leastLoaded', reason: 'unassigned (nobodyAvailable); trigger: visitorAskedForHuman' });
      const stored = await api.db.dataSource.manager.findOneByOrFail(ConversationEntity, { id: required(res.data).postVisitorMessage.conversation.id });
      expect(stored.status).toBe(status);
    });

    it('async assigns someone with spare capacity to follow up later, and says the team is unavailable', async () => {
      await storePolicy(api.db.dataSource, policy({ process: 'async', unassignedBehaviour: 'closeConversation' }));

      const res = await post({ text: 'I want to speak to a person' });

      expect(res.data?.postVisitorMessage.handoff).toMatchObject({ handedOff: true, mode: 'async', messageKind: 'teamUnavailable', conversationStatus: 'assigned', assignee: { name: 'Olga Ivanova' } });
    });
  });

  describe('when the process is "no handoff"', () => {
    it('reports the fired triggers and stores no ticket', async () => {
      await storePolicy(api.db.dataSource, testPolicy({ process: 'none', assignment: { mode: 'sameDestination', destination: 'helpDesk', userIds: [ids.user('mikko')], teamIds: [], strategy: 'roundRobin' } }));
      const ticketsBefore = await api.db.dataSource.manager.count(TicketEntity);

      const res = await post({ text: 'peruutus' });

      expect(res.data?.postVisitorMessage.handoff).toMatchObject({ handedOff: false, reason: 'processIsNoHandoff', conversationStatus: 'bot', firedTriggers: [{ kind: 'customTrigger', phrase: 'peruutus' }] });
      expect(await api.db.dataSource.manager.count(TicketEntity)).toBe(ticketsBefore);
    });
  });

  describe('when the AI agent reports a signal', () => {
    const SIGNAL = `mutation ($input: ReportAgentSignalInput!) { reportAgentSignal(input: $input) { conversation { status } handoff { handedOff reason firedTriggers { kind source } ticket { owner { name } } } botMessage { text } } }`;

    it('runs the same flow for a conversation still with the bot', async () => {
      await storePolicy(api.db.dataSource, testPolicy({ assignment: { mode: 'sameDestination', destination: 'helpDesk', userIds: [ids.user('priya')], teamIds: [], strategy: 'roundRobin' } }));
      const started = await post({ text: 'Where is my parcel?' });

      const res = await api.execute(SIGNAL, { input: { conversationId: started.data?.postVisitorMessage.conversation.id, signal: 'cannotAnswer' } });

      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        reportAgentSignal: {
          conversation: { status: 'assigned' },
          handoff: { handedOff: true, reason: 'agentCannotAnswer', firedTriggers: [{ kind: 'agentCannotAnswer', source: 'signal' }], ticket: { owner: { name: 'Priya Nair' } } },
          botMessage: { text: 'A person joins you now.' },
        },
      });
    });

    it('answers NOT_FOUND for a conversation of another workspace', async () => {
      const res = await api.execute(SIGNAL, { input: { conversationId: 'not-ours', signal: 'paused' } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'conversation', path: 'input.conversationId' });
    });
  });

  describe('when the input is bad', () => {
    it.each([
      ['a blank text', { text: '   ' }, 'input.text'],
      ['a malformed email', { text: 'hi', contact: { email: 'not-an-email' } }, 'input.contact.email'],
      ['a 201-character idempotency key', { text: 'hi', idempotencyKey: 'k'.repeat(201) }, 'input.idempotencyKey'],
    ])('rejects %s with VALIDATION_FAILED at its path and stores nothing', async (_label, input, path) => {
      const before = await Promise.all([ConversationEntity, MessageEntity, TicketEntity].map((e) => api.db.dataSource.manager.count(e)));

      const res = await post(input);

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ path })] });
      expect(await Promise.all([ConversationEntity, MessageEntity, TicketEntity].map((e) => api.db.dataSource.manager.count(e)))).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown conversation and stores no message', async () => {
      const before = await api.db.dataSource.manager.count(MessageEntity);

      const res = await post({ text: 'peruutus', conversationId: 'no-such-conversation' });

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'conversation', path: 'input.conversationId' });
      expect(await api.db.dataSource.manager.count(MessageEntity)).toBe(before);
      expect(await api.db.dataSource.manager.count(AssignmentEntity)).toBeGreaterThan(0);
    });
  });
});
