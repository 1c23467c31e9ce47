import { DEFAULT_FIELD_CATALOGUE } from '@handoff/domain';
import { coerceValue } from './condition-values';
import { toEditorCatalogue } from './editor-catalogue';

const catalogue = toEditorCatalogue(DEFAULT_FIELD_CATALOGUE.fields.map((f) => ({ ...f, options: f.options ?? null, operators: [], valueSource: f.valueSource ?? null })));
const field = (id: string) => catalogue.byId.get(id);

describe('coerceValue', () => {
  describe('when the operator changes shape', () => {
    it.each([
      ['scalar to list', 'conversation.messageText', 'in', 'refund', ['refund']],
      ['list to scalar', 'conversation.messageText', 'equals', ['refund', 'palautus'], 'refund'],
      ['to an operator without a value', 'conversation.messageText', 'isSet', 'refund', null],
      ['to a pattern, keeping text', 'conversation.messageText', 'matches', 'refund', 'refund'],
      ['to a range with nothing usable', 'ticket.createdAt', 'between', 'soon', ['', '']],
      ['to an enum value that is not an option', 'ticket.priority', 'equals', 'soon', ''],
      ['to a boolean-free field type, dropping wrong list items', 'conversation.channel', 'in', ['email', 'fax'], ['email']],
    ])('converts %s', (_case, fieldId, operator, previous, expected) => {
      expect(coerceValue(field(fieldId), operator, previous)).toEqual(expected);
    });
  });

  describe('when the field or operator is not chosen yet', () => {
    it('gives no value', () => {
      expect(coerceValue(undefined, '', 'x')).toBeNull();
      expect(coerceValue(field('conversation.channel'), 'contains', 'x')).toBeNull();
    });
  });
});
