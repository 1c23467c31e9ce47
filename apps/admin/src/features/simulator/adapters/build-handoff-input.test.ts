import dayjs from 'dayjs';
import { EMPTY_HANDOFF_FORM, toSimulateHandoffInput, type HandoffFormValues } from './build-handoff-input';

const form = (patch: Partial<HandoffFormValues>): HandoffFormValues => ({ ...EMPTY_HANDOFF_FORM, text: 'Hello', ...patch });

describe('toSimulateHandoffInput', () => {
  describe('when only the message is filled in', () => {
    it('sends the message, channel, no signals and the published rules, and nothing blank', () => {
      expect(toSimulateHandoffInput(form({}))).toEqual({ text: 'Hello', channel: 'chat', signals: [], ruleSetSource: 'published' });
    });
  });

  describe('when everything is filled in', () => {
    it('trims text inputs and converts the moment to an ISO instant', () => {
      const input = toSimulateHandoffInput(
        form({ channel: 'email', language: ' fi ', email: ' maria@acme.com ', company: 'Acme', tier: 'enterprise', signals: ['cannotAnswer'], at: '2026-03-02T08:15', source: 'draft' }),
      );

      expect(input).toEqual({
        text: 'Hello',
        channel: 'email',
        language: 'fi',
        contact: { email: 'maria@acme.com', company: 'Acme', tier: 'enterprise' },
        signals: ['cannotAnswer'],
        at: dayjs('2026-03-02T08:15').toISOString(),
        ruleSetSource: 'draft',
      });
    });
  });

  describe('when contact custom properties are filled in', () => {
    it('sends them under contact.custom by key, typed by the catalogue, and leaves blank ones out', () => {
      const input = toSimulateHandoffInput(form({ custom: { 'contact.custom.plan': 'pro', 'contact.custom.seats': 12, 'contact.custom.note': '  ' } }), new Map([['contact.custom.seats', 'number']]));

      expect(input.contact).toEqual({ custom: { plan: 'pro', seats: 12 } });
    });
  });
});
