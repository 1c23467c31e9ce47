import { ROUTED_DOCUMENT, SAME_DESTINATION_DOCUMENT } from '../testing/policy-documents';
import { documentToForm, type PolicyForm } from './policy-form';
import { toPolicyPaths, validateNewTrigger, validatePolicyForm } from './validate-policy-form';

const routed = documentToForm(ROUTED_DOCUMENT);
const same = documentToForm(SAME_DESTINATION_DOCUMENT);
const paths = (form: PolicyForm) => validatePolicyForm(form).map((i) => `${i.code} ${i.path}`);

describe('validatePolicyForm', () => {
  describe('when the policy is valid', () => {
    it.each([
      ['condition routing (rule set by id)', routed],
      ['same destination', same],
    ])('finds nothing for %s', (_, form) => {
      expect(validatePolicyForm(form)).toEqual([]);
    });
  });

  describe('when a field is wrong', () => {
    it.each<[string, PolicyForm, string]>([
      ['an empty custom phrase', { ...routed, customTriggers: [...routed.customTriggers, { id: 'custom-1', phrase: '  ', mode: 'word', ignoreAccents: false }] }, 'EMPTY_PHRASE customTriggers[3].phrase'],
      ['an unsafe pattern', { ...routed, customTriggers: [{ id: 'r', phrase: '(a', mode: 'regex', ignoreAccents: false }] }, 'INVALID_REGEX customTriggers[0].phrase'],
      ['a duplicate phrase', { ...routed, customTriggers: [...routed.customTriggers, { id: 'x', phrase: 'Refund', mode: 'word', ignoreAccents: false }] }, 'DUPLICATE_TRIGGER customTriggers[3].phrase'],
      ['a blank message the process uses', { ...routed, messages: { ...routed.messages, teamAvailable: ' ' } }, 'INVALID_VALUE messages.teamAvailable'],
      ['an empty pool', { ...same, userIds: [], teamIds: [] }, 'INVALID_POLICY assignment'],
      ['no rule set chosen', { ...routed, ruleSetId: null }, 'MISSING_PROPERTY assignment.ruleSetId'],
    ])('reports %s at its path', (_, form, expected) => {
      expect(paths(form)).toContain(expected);
    });

    it('lets messages the process does not use stay blank', () => {
      const none = { ...routed, process: 'none' as const, messages: { teamAvailable: '', teamUnavailable: '', ticketUnassigned: '' } };
      expect(validatePolicyForm(none)).toEqual([]);
    });
  });
});

describe('validateNewTrigger', () => {
  describe('when the phrase is new and valid', () => {
    it('finds nothing', () => {
      expect(validateNewTrigger(routed, { id: 'custom-1', phrase: 'refund please', mode: 'phrase', ignoreAccents: false })).toEqual([]);
    });
  });

  describe('when the phrase is empty or already there', () => {
    it.each([
      ['', 'EMPTY_PHRASE'],
      ['REFUND', 'DUPLICATE_TRIGGER'],
    ])('reports %j as %s at newTrigger.phrase', (phrase, code) => {
      const issues = validateNewTrigger(routed, { id: 'custom-1', phrase, mode: 'word', ignoreAccents: false });
      expect(issues).toEqual([expect.objectContaining({ code, path: 'newTrigger.phrase' })]);
    });
  });
});

describe('toPolicyPaths', () => {
  it('strips the mutation input prefix so issues line up with the form', () => {
    const issues = [
      { code: 'INVALID_ID', path: 'input.policy.assignment.teamIds[0]', message: 'no team' },
      { code: 'INVALID_TYPE', path: 'input.policy', message: 'root' },
      { code: 'X', path: 'elsewhere', message: 'kept' },
    ];
    expect(toPolicyPaths(issues).map((i) => i.path)).toEqual(['assignment.teamIds[0]', '', 'elsewhere']);
  });
});
