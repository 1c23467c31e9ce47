import fc from 'fast-check';
import { ASSIGNMENT_STRATEGIES, DESTINATIONS, HANDOFF_PROCESSES, PHRASE_MATCH_MODES, UNASSIGNED_BEHAVIOURS } from '@handoff/domain';
import { ROUTED_DOCUMENT, SAME_DESTINATION_DOCUMENT } from '../testing/policy-documents';
import { documentToForm, formToDocument, nextTriggerId, sameDocument, type PolicyForm } from './policy-form';

const formArbitrary: fc.Arbitrary<PolicyForm> = fc.record({
  builtInTriggers: fc.record({ agentCannotAnswer: fc.boolean(), visitorAskedForHuman: fc.boolean(), agentPaused: fc.boolean() }),
  customTriggers: fc.array(fc.record({ id: fc.string({ minLength: 1 }), phrase: fc.string(), mode: fc.constantFrom(...PHRASE_MATCH_MODES), ignoreAccents: fc.boolean() }), { maxLength: 5 }),
  process: fc.constantFrom(...HANDOFF_PROCESSES),
  assignmentMode: fc.constantFrom('sameDestination' as const, 'conditionRouting' as const),
  destination: fc.constantFrom(...DESTINATIONS),
  userIds: fc.array(fc.string(), { maxLength: 3 }),
  teamIds: fc.array(fc.string(), { maxLength: 3 }),
  strategy: fc.constantFrom(...ASSIGNMENT_STRATEGIES),
  ruleSetId: fc.option(fc.string({ minLength: 1 }), { nil: null }),
  messages: fc.record({ teamAvailable: fc.string(), teamUnavailable: fc.string(), ticketUnassigned: fc.string() }),
  unassignedBehaviour: fc.constantFrom(...UNASSIGNED_BEHAVIOURS),
});

describe('policy-form', () => {
  describe('when a document from the API is read and written back', () => {
    it.each([
      ['condition routing', ROUTED_DOCUMENT],
      ['same destination', SAME_DESTINATION_DOCUMENT],
    ])('gives back the same %s document', (_, document) => {
      expect(formToDocument(documentToForm(document))).toEqual(document);
    });

    it('keeps every document the form writes a fixed point (property)', () => {
      fc.assert(
        fc.property(formArbitrary, (form) => {
          const document = formToDocument(form);
          expect(formToDocument(documentToForm(document))).toEqual(document);
        }),
      );
    });
  });

  describe('when reading condition routing', () => {
    it('carries the rule set by id and fills same-destination fields with neutral values', () => {
      const form = documentToForm(ROUTED_DOCUMENT);
      expect(form).toMatchObject({ assignmentMode: 'conditionRouting', ruleSetId: 'rs-1', destination: 'helpDesk', userIds: [], teamIds: [] });
      expect(form.customTriggers[0]).toEqual({ id: 'fi-peruutus', phrase: 'peruutus', mode: 'prefix', ignoreAccents: false });
    });
  });

  describe('when writing', () => {
    it('writes only the active assignment mode, naming the rule set by ruleSetId', () => {
      const form = { ...documentToForm(SAME_DESTINATION_DOCUMENT), assignmentMode: 'conditionRouting' as const, ruleSetId: 'rs-9' };
      expect(formToDocument(form)['assignment']).toEqual({ mode: 'conditionRouting', ruleSetId: 'rs-9', strategy: 'leastLoaded' });
    });

    it('sends an unchosen rule set as an empty id, which validation reports', () => {
      const form = { ...documentToForm(SAME_DESTINATION_DOCUMENT), assignmentMode: 'conditionRouting' as const };
      expect(formToDocument(form)['assignment']).toMatchObject({ ruleSetId: '' });
    });

    it('writes ignoreAccents only when it is on', () => {
      const form = documentToForm(SAME_DESTINATION_DOCUMENT);
      const off = { ...form, customTriggers: form.customTriggers.map((t) => ({ ...t, ignoreAccents: false })) };
      expect(formToDocument(off)['customTriggers']).toEqual([{ id: 'custom-4', phrase: 'café', mode: 'phrase' }]);
    });
  });

  describe('when reading a malformed document', () => {
    it('falls back to usable defaults instead of failing', () => {
      const form = documentToForm({ customTriggers: [{ phrase: 7, mode: 'nope' }], assignment: 'x' });
      expect(form).toMatchObject({ process: 'live', assignmentMode: 'sameDestination', destination: 'helpDesk', strategy: 'roundRobin', unassignedBehaviour: 'keepOpen' });
      expect(form.builtInTriggers).toEqual({ agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true });
      expect(form.customTriggers).toEqual([{ id: '', phrase: '', mode: 'word', ignoreAccents: false }]);
    });
  });

  describe('sameDocument', () => {
    it('ignores the fields of the inactive assignment mode', () => {
      const form = documentToForm(ROUTED_DOCUMENT);
      expect(sameDocument(form, { ...form, userIds: ['u-1'], destination: 'inbox' })).toBe(true);
      expect(sameDocument(form, { ...form, ruleSetId: 'rs-2' })).toBe(false);
    });
  });

  describe('nextTriggerId', () => {
    it.each([
      [[], 'custom-1'],
      [['fi-peruutus'], 'custom-1'],
      [['custom-2', 'custom-10', 'x'], 'custom-11'],
    ])('after %j gives %s', (ids, expected) => {
      expect(nextTriggerId(ids.map((id) => ({ id, phrase: 'p', mode: 'word' as const, ignoreAccents: false })))).toBe(expected);
    });
  });
});
