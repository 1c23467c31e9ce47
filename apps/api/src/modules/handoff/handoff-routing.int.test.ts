import { createTestApi, type TestApi } from '../../testing/test-api';
import { required } from '../../testing/required';
import { describeEachDatabase } from '../../testing/test-databases';
import { demoIds, POST, storePolicy, storePublishedRuleSet, testPolicy } from '../../testing/handoff-fixtures';

type Handoff = {
  handedOff: boolean;
  mode: string;
  messageKind: string;
  messageText: string;
  conversationStatus: string;
  ticket: { destination: string; priority: string; tags: string[]; owner: { name: string } | null; team: { name: string } | null; assignments: { method: string; reason: string }[] };
};

describeEachDatabase('the handoff flow with condition-based routing', (engine) => {
  let api: TestApi;
  let ruleSetId: string;

  const post = async (input: Record<string, unknown>): Promise<Handoff> => {
    const res = await api.execute<{ postVisitorMessage: { handoff: Handoff } }>(POST, { input: { channel: 'chat', ...input } });
    expect(res.errors).toBeUndefined();
    return required(res.data).postVisitorMessage.handoff;
  };
  const usePolicy = (process: string, unassignedBehaviour: string) =>
    storePolicy(api.db.dataSource, testPolicy({ process, unassignedBehaviour, assignment: { mode: 'conditionRouting', ruleSetId, strategy: 'roundRobin' } }));

  beforeAll(async () => {
    api = await createTestApi(engine);
    const ids = await demoIds(api.db.dataSource);
    ruleSetId = await storePublishedRuleSet(api.db.dataSource, {
      formatVersion: 1,
      hitPolicy: 'firstMatch',
      rules: [
        {
          id: 'r-enterprise',
          name: 'Enterprise customers go to Priya',
          enabled: true,
          when: { field: 'contact.tier', operator: 'equals', value: 'enterprise' },
          then: [{ type: 'assignUser', userId: ids.user('priya') }, { type: 'setPriority', priority: 'high' }, { type: 'addTags', tags: ['enterprise'] }],
        },
        {
          id: 'r-cancel',
          name: 'Cancellations go to billing',
          enabled: true,
          when: { field: 'conversation.matchedTriggers', operator: 'hasAnyOf', value: ['peruutus'] },
          then: [{ type: 'assignTeam', teamId: ids.team('billing') }, { type: 'sendMessage', message: 'Billing will help you with the cancellation.' }],
        },
      ],
      fallback: [],
    });
  });

  afterAll(async () => {
    await api.dispose();
  });

  describe.each(['live', 'async'])('when the process is %s', (process) => {
    it('routes by the first matching rule and assigns the person it names', async () => {
      await usePolicy(process, 'keepOpen');

      const handoff = await post({ text: 'Can I talk to a human, please?', contact: { email: 'cto@example.com', tier: 'enterprise' } });

      expect(handoff).toMatchObject({ handedOff: true, mode: process, messageKind: 'teamAvailable', conversationStatus: 'assigned' });
      expect(handoff.ticket).toMatchObject({ destination: 'helpDesk', priority: 'high', tags: ['enterprise'], owner: { name: 'Priya Nair' } });
      expect(handoff.ticket.assignments).toEqual([{ method: 'direct', reason: 'rules: r-enterprise', user: { name: 'Priya Nair' } }]);
    });

    it('assigns a team by round robin and shows the rule’s own message', async () => {
      await usePolicy(process, 'keepOpen');

      const handoff = await post({ text: 'Tarvitsen peruutuksen' });

      expect(handoff).toMatchObject({ messageKind: 'teamAvailable', messageText: 'Billing will help you with the cancellation.' });
      expect(handoff.ticket).toMatchObject({ team: { name: 'Billing' }, assignments: [{ method: 'roundRobin', reason: 'rules: r-cancel' }] });
      expect(['Mikko Korhonen', 'Priya Nair']).toContain(handoff.ticket.owner?.name);
    });
  });

  describe('when no rule matches and the fallback is empty', () => {
    it.each([
      ['live', 'keepOpen', 'unassigned'],
      ['live', 'closeConversation', 'closed'],
      ['async', 'closeConversation', 'unassigned'],
    ])('%s with %s leaves the ticket unassigned, shows the unassigned text, and the conversation %s', async (process, behaviour, status) => {
      await usePolicy(process, behaviour);

      const handoff = await post({ text: 'Let me talk to a person' });

      expect(handoff).toMatchObject({ handedOff: true, messageKind: 'ticketUnassigned', messageText: 'We will get back to you.', conversationStatus: status });
      expect(handoff.ticket).toMatchObject({ destination: 'helpDesk', owner: null, assignments: [{ method: 'roundRobin', reason: 'unassigned (noRuleMatched); fallback' }] });
    });
  });
});
