import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { MessageEntity } from '../conversations/message.entity';
import { RoundRobinCursorEntity } from '../people/round-robin-cursor.entity';
import { TicketEntity } from '../tickets/ticket.entity';

const SIMULATE = `query ($input: SimulateHandoffInput!) {
  simulateHandoff(input: $input) {
    handedOff reason mode messageKind messageText conversationStatus at
    firedTriggers { kind phrase start end }
    ticket { subject priority destination team { name } owner { name } }
    assignment { status strategy cause skipped { user { name } reason } }
    routing { decision { matchedRuleIds usedFallback } rules { ruleId status } }
  }
}`;

interface Simulation {
  simulateHandoff: {
    handedOff: boolean;
    reason: string;
    mode: string | null;
    messageKind: string | null;
    messageText: string | null;
    conversationStatus: string | null;
    at: string;
    firedTriggers: { kind: string; phrase: string | null; start: number | null; end: number | null }[];
    ticket: { subject: string; priority: string; destination: string; team: { name: string } | null; owner: { name: string } | null } | null;
    assignment: { status: string; strategy: string | null; cause: string | null; skipped: { user: { name: string } | null; reason: string }[] } | null;
    routing: { decision: { matchedRuleIds: string[]; usedFallback: boolean }; rules: { ruleId: string; status: string }[] } | null;
  };
}

// A Saturday: the Finnish speakers (Aino and Mikko, weekdays; Olga, offline) cannot take work.
const SATURDAY = '2026-11-28T10:00:00.000Z';

describeEachDatabase('simulateHandoff through the schema', (engine) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi(engine);
  });

  afterAll(async () => {
    await api.dispose();
  });

  const simulate = (input: Record<string, unknown>) => api.execute<Simulation>(SIMULATE, { input });
  const storedCounts = async () => {
    const m = api.db.dataSource.manager;
    return [await m.count(TicketEntity), await m.count(MessageEntity), await m.count(RoundRobinCursorEntity)];
  };

  describe('when a visitor asks for a refund by email under the stored policy', () => {
    it('explains the routing to Billing and the assignment, and stores nothing', async () => {
      const before = await storedCounts();

      const res = await simulate({ text: 'Hei, haluan palautuksen', channel: 'email', language: 'fi' });

      expect(res.errors).toBeUndefined();
      const sim = res.data?.simulateHandoff;
      expect(sim).toMatchObject({ handedOff: true, reason: 'customTrigger', mode: 'live', messageKind: 'teamAvailable', conversationStatus: 'assigned' });
      expect(sim?.firedTriggers).toContainEqual({ kind: 'customTrigger', phrase: 'palautus', start: 12, end: 23 });
      expect(sim?.ticket).toMatchObject({ destination: 'helpDesk', team: { name: 'Billing' } });
      expect(sim?.ticket?.owner).not.toBeNull();
      expect(sim?.assignment).toMatchObject({ status: 'assigned', strategy: 'roundRobin' });
      expect(sim?.routing?.decision).toEqual({ matchedRuleIds: ['refunds-by-email'], usedFallback: false });
      expect(await storedCounts()).toEqual(before);
    });
  });

  describe('when simulated at a time nobody on the team works', () => {
    it('says who was passed over and why, and the unavailable message', async () => {
      const res = await simulate({ text: 'Haluan peruutuksen', channel: 'chat', language: 'fi', at: SATURDAY });

      const sim = res.data?.simulateHandoff;
      expect(sim).toMatchObject({ handedOff: true, messageKind: 'teamUnavailable', conversationStatus: 'unassigned', at: SATURDAY });
      expect(sim?.ticket?.team).toEqual({ name: 'Finnish speakers' });
      expect(sim?.assignment?.cause).toBe('nobodyAvailable');
      expect(sim?.assignment?.skipped).toEqual(
        expect.arrayContaining([
          { user: { name: 'Aino Virtanen' }, reason: 'outsideHours' },
          { user: { name: 'Olga Ivanova' }, reason: 'offline' },
        ]),
      );
    });
  });

  describe('when a draft policy is given', () => {
    it('runs the draft instead of the stored policy', async () => {
      const stored = await api.execute<{ handoffPolicy: { document: Record<string, unknown> } }>('{ handoffPolicy { document } }');
      const draft = { ...stored.data?.handoffPolicy.document, process: 'none' };

      const res = await simulate({ text: 'Haluan palautuksen', channel: 'email', policy: draft });

      expect(res.data?.simulateHandoff).toMatchObject({ handedOff: false, reason: 'processIsNoHandoff', ticket: null });
      expect(res.data?.simulateHandoff.firedTriggers.map((f) => f.phrase)).toContain('palautus');
    });

    it('answers an invalid draft with the issues a save would get, under input.policy', async () => {
      const res = await simulate({ text: 'hello', channel: 'chat', policy: { process: 'sometimes' } });

      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
      const paths = (res.errors?.[0]?.extensions?.['issues'] as { path: string }[]).map((i) => i.path);
      expect(paths).toContain('input.policy.process');
    });
  });

  describe('when the routing rule set has an unpublished draft', () => {
    it('routes with the draft or the published version, as asked', async () => {
      const sets = await api.execute<{ ruleSets: { id: string; draftVersion: number; draft: Record<string, unknown> }[] }>('{ ruleSets { id draftVersion draft } }');
      const set = sets.data?.ruleSets[0];
      if (!set) throw new Error('the demo workspace has a rule set');
      const draft = { ...set.draft, rules: [] };
      const saved = await api.execute(`mutation ($input: SaveRuleSetDraftInput!) { saveRuleSetDraft(input: $input) { ruleSet { draftVersion } } }`, {
        input: { id: set.id, expectedDraftVersion: set.draftVersion, ruleSet: draft },
      });
      expect(saved.errors).toBeUndefined();
      const message = { text: 'Haluan palautuksen', channel: 'email', language: 'fi' };

      const withDraft = await simulate({ ...message, ruleSetSource: 'draft' });
      const withPublished = await simulate({ ...message, ruleSetSource: 'published' });

      expect(withDraft.data?.simulateHandoff.routing?.decision).toEqual({ matchedRuleIds: [], usedFallback: true });
      expect(withDraft.data?.simulateHandoff.ticket?.team).toEqual({ name: 'Support' });
      expect(withPublished.data?.simulateHandoff.ticket?.team).toEqual({ name: 'Billing' });
    });
  });

  describe('when the visitor part is invalid', () => {
    it('reports it with the same paths as postVisitorMessage', async () => {
      const res = await simulate({ text: '   ', channel: 'chat', contact: { email: 'not-an-email' } });

      const paths = (res.errors?.[0]?.extensions?.['issues'] as { path: string }[]).map((i) => i.path);
      expect(paths).toEqual(['input.text', 'input.contact.email']);
    });
  });
});
