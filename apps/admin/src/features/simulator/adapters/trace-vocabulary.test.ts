import type { ReferenceDataQuery } from '../../../generated/graphql';
import { createTraceVocabulary } from './trace-vocabulary';

const reference = {
  teams: [{ id: 't-1', name: 'Billing', members: [] }],
  users: [{ id: 'u-1', name: 'Aino Virtanen', email: 'aino@example.com', status: 'online' }],
  destinations: [{ kind: 'helpDesk', name: 'Aurora help desk' }],
  fieldCatalogue: [{ id: 'contact.custom.plan', entity: 'contact', label: 'Plan', type: 'enum', options: ['free', 'pro'], operators: [], valueSource: null, custom: true }],
  operators: [{ id: 'equals', label: 'equals exactly', text: true, valueShape: 'scalar' }],
} as unknown as ReferenceDataQuery;

describe('createTraceVocabulary', () => {
  describe('when the workspace’s reference data has loaded', () => {
    it('names custom fields, operators, teams, people and destinations from it', () => {
      const words = createTraceVocabulary(reference);

      expect(words.fieldLabel('contact.custom.plan')).toBe('Plan');
      expect(words.fieldType('contact.custom.plan')).toBe('enum');
      expect(words.operatorLabel('equals')).toBe('equals exactly');
      expect(words.team('t-1')).toBe('Billing');
      expect(words.user('u-1')).toBe('Aino Virtanen');
      expect(words.destination('helpDesk')).toBe('Aurora help desk');
    });
  });

  describe('when it has not loaded yet', () => {
    it('falls back to the domain’s built-in catalogue', () => {
      const words = createTraceVocabulary(undefined);

      expect(words.fieldLabel('conversation.language')).toBe('Conversation language');
      expect(words.fieldType('ticket.createdAt')).toBe('datetime');
      expect(words.operatorLabel('hasAnyOf')).toBe('has any of');
      expect(words.team('t-1')).toBeUndefined();
    });
  });

  describe('when an id is unknown', () => {
    it('shows the id itself rather than nothing', () => {
      const words = createTraceVocabulary(reference);

      expect(words.fieldLabel('ticket.custom.gone')).toBe('ticket.custom.gone');
      expect(words.operatorLabel('someNewOperator')).toBe('someNewOperator');
    });
  });
});
