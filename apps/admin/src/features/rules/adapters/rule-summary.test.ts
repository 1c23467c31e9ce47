import { TEST_CATALOGUE } from '../testing/rules-fixtures';
import { summarizeActions, summarizeConditions } from './rule-summary';

describe('rule summaries', () => {
  describe('when summarizing conditions', () => {
    it('reads nested groups with brackets, enum options humanized and text quoted', () => {
      const when = {
        all: [
          { field: 'conversation.channel', operator: 'equals', value: 'whatsapp' },
          { any: [{ field: 'conversation.messageText', operator: 'contains', value: 'refund' }, { not: { field: 'contact.company', operator: 'isSet' } }] },
        ],
      };
      expect(summarizeConditions(when, TEST_CATALOGUE)).toBe('Conversation channel is WhatsApp and (Visitor message contains “refund” or not (Contact company is set))');
    });

    it('says when a rule has nothing to test yet', () => {
      expect(summarizeConditions({ all: [] }, TEST_CATALOGUE)).toBe('no conditions yet');
      expect(summarizeConditions({ field: '', operator: '' }, TEST_CATALOGUE)).toBe('an unfinished condition');
    });
  });

  describe('when summarizing actions', () => {
    it('names teams and people', () => {
      const names = { team: (id: string) => (id === 't1' ? 'Billing' : id), user: () => 'Priya' };
      expect(summarizeActions([{ type: 'assignTeam', teamId: 't1' }, { type: 'setPriority', priority: 'urgent' }], names)).toBe('Assign to Billing · Priority urgent');
      expect(summarizeActions([], names)).toBe('No actions');
    });
  });
});
