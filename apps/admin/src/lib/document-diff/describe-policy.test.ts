import { lineText } from './change-line';
import { describePolicyChanges } from './describe-policy';
import { createDiffNames } from './diff-names';

const names = createDiffNames({
  teams: [
    { id: 't-support', name: 'Support' },
    { id: 't-sales', name: 'Sales' },
  ],
  users: [{ id: 'u-aino', name: 'Aino Virtanen' }],
  ruleSets: [
    { id: 'rs-1', name: 'Aurora ticket routing' },
    { id: 'rs-2', name: 'Weekend routing' },
  ],
  destinations: [{ kind: 'helpDesk', name: 'Aurora help desk' }],
});

const POLICY = {
  builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true },
  customTriggers: [
    { id: 'fi-peruutus', phrase: 'peruutus', mode: 'prefix' },
    { id: 'en-refund', phrase: 'refund', mode: 'word' },
  ],
  process: 'live',
  assignment: { mode: 'conditionRouting', ruleSetId: 'rs-1', strategy: 'roundRobin' },
  messages: { teamAvailable: 'Connecting you now.', teamUnavailable: 'We are closed.', ticketUnassigned: 'We will follow up.' },
  unassignedBehaviour: 'keepOpen',
};
const SAME_DESTINATION = { mode: 'sameDestination', destination: 'helpDesk', userIds: ['u-aino'], teamIds: ['t-support'], strategy: 'leastLoaded' };

const describe_ = (after: object, before: object = POLICY) => describePolicyChanges(before, after, names).map(lineText);

describe('describePolicyChanges', () => {
  describe('when nothing changed', () => {
    it('says nothing', () => {
      expect(describe_(JSON.parse(JSON.stringify(POLICY)) as object)).toEqual([]);
    });
  });

  describe('when triggers change', () => {
    it('names a built-in trigger switched off', () => {
      expect(describe_({ ...POLICY, builtInTriggers: { ...POLICY.builtInTriggers, agentPaused: false } })).toEqual(['Built-in trigger “The agent is paused” turned off']);
    });

    it('names custom triggers added and removed; a trigger shifted by them has not moved', () => {
      const cancel = { id: 'custom-1', phrase: 'cancel my order', mode: 'phrase', ignoreAccents: true };
      expect(describe_({ ...POLICY, customTriggers: [cancel, POLICY.customTriggers[0]] })).toEqual([
        'Custom trigger “refund” removed',
        'Custom trigger “cancel my order” added (Anywhere in the text, ignoring accents)',
      ]);
    });

    it('names a trigger moved in the list', () => {
      expect(describe_({ ...POLICY, customTriggers: [...POLICY.customTriggers].reverse() })).toEqual(['Custom trigger “refund” moved from position 2 to 1']);
    });

    it('names a trigger’s new phrase and matching', () => {
      const edited = [POLICY.customTriggers[0], { id: 'en-refund', phrase: 'refunds', mode: 'prefix' }];
      expect(describe_({ ...POLICY, customTriggers: edited })).toEqual([
        'Custom trigger “refund” phrase changed: “refund” → “refunds”',
        'Custom trigger “refunds” matching: Whole words → Word prefix',
      ]);
    });
  });

  describe('when the process, messages and unassigned behaviour change', () => {
    it('says each before and after in the settings screen’s words, messages in full', () => {
      const long = 'Thanks! '.repeat(20).trim();
      expect(describe_({ ...POLICY, process: 'async', messages: { ...POLICY.messages, teamUnavailable: long }, unassignedBehaviour: 'closeConversation' })).toEqual([
        'Process: Live handoff → Asynchronous handoff',
        `Message “When the team is not available”: “We are closed.” → “${long}”`,
        'When nobody is assigned: Keep the chat open → Close the conversation',
      ]);
    });
  });

  describe('when the assignment changes', () => {
    it('sums up both setups when the mode changes', () => {
      expect(describe_({ ...POLICY, assignment: SAME_DESTINATION })).toEqual([
        'Assignment: Condition-based routing with “Aurora ticket routing” (round robin) → Same destination: Aurora help desk, team Support, Aino Virtanen (least loaded)',
      ]);
    });

    it('names the rule set and strategy under condition routing', () => {
      expect(describe_({ ...POLICY, assignment: { mode: 'conditionRouting', ruleSetId: 'rs-2', strategy: 'leastLoaded' } })).toEqual([
        'Routing rule set: “Aurora ticket routing” → “Weekend routing”',
        'Assignment strategy: Round robin → Least loaded',
      ]);
    });

    it('treats the pool as a set: who joined and who left', () => {
      const before = { ...POLICY, assignment: SAME_DESTINATION };
      const after = { ...POLICY, assignment: { ...SAME_DESTINATION, destination: 'inbox', teamIds: ['t-sales'], userIds: ['u-aino', 'u-gone-123456789'] } };
      expect(describe_(after, before)).toEqual([
        'Destination: Aurora help desk → Inbox',
        'Team “Support” removed from the assignment pool',
        'Team “Sales” added to the assignment pool',
        '“unknown person (u-gone-1…)” added to the assignment pool',
      ]);
    });
  });

  describe('when the document has parts the admin does not know', () => {
    it('describes them by path', () => {
      expect(describe_({ ...POLICY, quietHours: { from: '22:00' } })).toEqual(['Quiet hours added ({"from":"22:00"})']);
    });
  });

  describe('when there was no policy before', () => {
    it('reads the missing document as empty', () => {
      const lines = describePolicyChanges(null, POLICY, names).map(lineText);
      expect(lines).toContain('Process: not set → Live handoff');
      expect(lines).toContain('Custom trigger “refund” added (Whole words)');
    });
  });
});
