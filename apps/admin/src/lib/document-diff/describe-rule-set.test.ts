import { lineText } from './change-line';
import { describeRuleSetChanges } from './describe-rule-set';
import { createDiffNames } from './diff-names';

const names = createDiffNames({
  teams: [
    { id: 't-billing', name: 'Billing' },
    { id: 't-fi', name: 'Finnish speakers' },
    { id: 't-support', name: 'Support' },
  ],
  users: [{ id: 'u-priya', name: 'Priya Nair' }],
});

const REFUNDS = {
  id: 'refunds',
  name: 'Refunds by email go to Billing',
  enabled: true,
  when: { all: [{ field: 'conversation.channel', operator: 'equals', value: 'email' }, { any: [{ field: 'conversation.messageText', operator: 'contains', value: 'refund', ignoreCase: true }] }] },
  then: [{ type: 'assignTeam', teamId: 't-billing' }],
};
const FINNISH = { id: 'finnish', name: 'Finnish conversations go to the Finnish speakers', enabled: true, when: { field: 'conversation.language', operator: 'equals', value: 'fi' }, then: [{ type: 'assignTeam', teamId: 't-fi' }] };
const ENTERPRISE = { id: 'enterprise', name: 'Enterprise is urgent', enabled: true, when: { field: 'contact.tier', operator: 'equals', value: 'enterprise' }, then: [{ type: 'setPriority', priority: 'urgent' }] };
const RULE_SET = { formatVersion: 1, hitPolicy: 'firstMatch', rules: [REFUNDS, FINNISH, ENTERPRISE], fallback: [{ type: 'assignTeam', teamId: 't-support' }] };

const describe_ = (after: object, before: object = RULE_SET) => describeRuleSetChanges(before, after, names).map(lineText);

describe('describeRuleSetChanges', () => {
  describe('when nothing changed', () => {
    it('says nothing', () => {
      expect(describe_({ ...RULE_SET })).toEqual([]);
    });
  });

  describe('when rules are reordered', () => {
    it('names the rule that moved and where, once', () => {
      expect(describe_({ ...RULE_SET, rules: [ENTERPRISE, REFUNDS, FINNISH] })).toEqual(['Rule “Enterprise is urgent” moved from position 3 to 1']);
    });
  });

  describe('when a rule is added or removed', () => {
    it('says what the new rule does and where it went', () => {
      const chat = { id: 'chat', name: 'Chat to Priya', enabled: false, when: { field: 'conversation.channel', operator: 'in', value: ['chat', 'sms'] }, then: [{ type: 'assignUser', userId: 'u-priya' }, { type: 'addTags', tags: ['vip'] }] };
      expect(describe_({ ...RULE_SET, rules: [REFUNDS, chat, FINNISH, ENTERPRISE] })).toEqual([
        'Rule “Chat to Priya” added at position 2 (when Conversation channel is one of “chat”, “sms”: assign to Priya Nair; tag “vip”; turned off)',
      ]);
    });

    it('names a removed rule by its old position', () => {
      expect(describe_({ ...RULE_SET, rules: [REFUNDS, ENTERPRISE] })).toEqual(['Rule 2 “Finnish conversations go to the Finnish…” removed']);
    });
  });

  describe('when a rule is edited', () => {
    it('names a change deep in the condition tree at the condition that changed', () => {
      const edited = { ...REFUNDS, when: { all: [REFUNDS.when.all[0], { any: [{ field: 'conversation.messageText', operator: 'contains', value: 'hyvitys', ignoreCase: true }] }] } };
      expect(describe_({ ...RULE_SET, rules: [edited, FINNISH, ENTERPRISE] })).toEqual([
        'Rule 1 “Refunds by email go to Billing” condition changed: Visitor message contains “refund” (ignoring case) → Visitor message contains “hyvitys” (ignoring case)',
      ]);
    });

    it('names conditions added to and removed from a group', () => {
      const tier = { field: 'contact.tier', operator: 'in', value: ['premium', 'enterprise'] };
      const edited = { ...REFUNDS, when: { all: [REFUNDS.when.all[1], tier] } };
      expect(describe_({ ...RULE_SET, rules: [edited, FINNISH, ENTERPRISE] })).toEqual([
        'Rule 1 “Refunds by email go to Billing” condition removed: Conversation channel is “email” (all must match)',
        'Rule 1 “Refunds by email go to Billing” condition added: Contact tier is one of “premium”, “enterprise” (all must match)',
      ]);
    });

    it('names a condition wrapped into a new group by what was added next to it', () => {
      const edited = { ...FINNISH, when: { any: [FINNISH.when, { all: [{ field: 'contact.tier', operator: 'isSet' }, { not: { field: 'ticket.priority', operator: 'equals', value: 'low' } }] }] } };
      expect(describe_({ ...RULE_SET, rules: [REFUNDS, edited, ENTERPRISE] })).toEqual([
        'Rule 2 “Finnish conversations go to the Finnish…” condition added: Contact tier is set and not (Ticket priority is “low”) (any one is enough)',
      ]);
    });

    it('names a group wrapped into a group of the same kind by what was added next to it', () => {
      const tier = { field: 'contact.tier', operator: 'in', value: ['premium'] };
      const edited = { ...REFUNDS, when: { all: [REFUNDS.when, tier] } };
      expect(describeRuleSetChanges({ ...RULE_SET, rules: [edited] }, { ...RULE_SET, rules: [REFUNDS] }, names).map(lineText)).toEqual([
        'Rule 1 “Refunds by email go to Billing” condition removed: Contact tier is one of “premium” (all must match)',
      ]);
    });

    it('names a condition taken out of its group by what was dropped around it', () => {
      const unwrapped = { ...REFUNDS, when: REFUNDS.when.all[0] };
      expect(describe_({ ...RULE_SET, rules: [unwrapped, FINNISH, ENTERPRISE] })).toEqual([
        'Rule 1 “Refunds by email go to Billing” condition removed: Visitor message contains “refund” (ignoring case) (all must match)',
      ]);
    });

    it('shows an unrelated new condition whole, before and after, with nested groups in parentheses', () => {
      const edited = { ...FINNISH, when: { not: { any: [FINNISH.when, { field: 'conversation.language', operator: 'equals', value: 'sv' }] } } };
      expect(describe_({ ...RULE_SET, rules: [REFUNDS, edited, ENTERPRISE] })).toEqual([
        'Rule 2 “Finnish conversations go to the Finnish…” condition changed: Conversation language is “fi” → not (Conversation language is “fi” or Conversation language is “sv”)',
      ]);
    });

    it('names a rename, a switch, new actions and the stop flag', () => {
      const edited = { ...ENTERPRISE, name: 'Enterprise first', enabled: false, stop: true, then: [{ type: 'setPriority', priority: 'high' }, { type: 'assignTeam', teamId: 't-support', strategy: 'leastLoaded' }] };
      expect(describe_({ ...RULE_SET, rules: [REFUNDS, FINNISH, edited] })).toEqual([
        'Rule 3 renamed: “Enterprise is urgent” → “Enterprise first”',
        'Rule 3 “Enterprise first” turned off',
        'Rule 3 “Enterprise first” actions changed: Priority Urgent → Priority High; assign to team Support (least loaded)',
        'Rule 3 “Enterprise first” now stops the evaluation when it matches',
      ]);
    });

    it('falls back to the changed paths when the words read the same', () => {
      const edited = { ...FINNISH, when: { ...FINNISH.when, value: 'fi', extra: 1 } };
      expect(describe_({ ...RULE_SET, rules: [REFUNDS, edited, ENTERPRISE] })).toEqual(['Rule 2 “Finnish conversations go to the Finnish…” condition › extra added (1)']);
    });

    it('reports a move and an edit of the same rule as two lines', () => {
      const edited = { ...ENTERPRISE, when: { ...ENTERPRISE.when, value: 'premium' } };
      expect(describe_({ ...RULE_SET, rules: [edited, REFUNDS, FINNISH] })).toEqual([
        'Rule “Enterprise is urgent” moved from position 3 to 1',
        'Rule 1 “Enterprise is urgent” condition changed: Contact tier is “enterprise” → Contact tier is “premium”',
      ]);
    });
  });

  describe('when the hit policy, fallback or an unknown part changes', () => {
    it('says each in words, and unknown parts by path', () => {
      expect(describe_({ ...RULE_SET, hitPolicy: 'collectAll', fallback: [], formatVersion: 2 })).toEqual([
        'When several rules match: First match decides → All matching rules apply',
        'Fallback: Assign to team Support → No actions',
        'Format version: 1 → 2',
      ]);
    });
  });

  describe('when the rule set is new', () => {
    it('lists every rule as added, compared with an empty document', () => {
      expect(describeRuleSetChanges({ hitPolicy: 'firstMatch', rules: [], fallback: [] }, { ...RULE_SET, rules: [FINNISH], fallback: [] }, names).map(lineText)).toEqual([
        'Rule “Finnish conversations go to the Finnish…” added at position 1 (when Conversation language is “fi”: assign to team Finnish speakers)',
        'Format version added (1)',
      ]);
    });
  });

  describe('when rule ids repeat (not a valid document)', () => {
    it('describes the rules by path instead of guessing', () => {
      const lines = describe_({ ...RULE_SET, rules: [REFUNDS, REFUNDS] });
      expect(lines).toContain('Rules › #2 › id: “finnish” → “refunds”');
    });
  });
});
