import dayjs from 'dayjs';
import { toRoutingFacts } from './build-routing-facts';

describe('toRoutingFacts', () => {
  describe('when fields of every entity are filled in', () => {
    it('nests each value under its entity', () => {
      const facts = toRoutingFacts(
        {
          'ticket.subject': ' Refund please ',
          'ticket.priority': 'high',
          'ticket.tags': ['vip'],
          'conversation.channel': 'email',
          'conversation.language': 'fi',
          'contact.tier': 'enterprise',
          'contact.emailDomain': 'acme.com',
          'channel.name': 'Web chat',
        },
        new Map(),
      );

      expect(facts).toEqual({
        ticket: { subject: 'Refund please', priority: 'high', tags: ['vip'] },
        conversation: { channel: 'email', language: 'fi' },
        contact: { tier: 'enterprise', emailDomain: 'acme.com' },
        channel: { name: 'Web chat' },
      });
    });
  });

  describe('when inputs are blank', () => {
    it('leaves them out so rules read them as not set', () => {
      expect(toRoutingFacts({ 'ticket.subject': '', 'ticket.tags': [], 'contact.tier': null }, new Map())).toEqual({});
    });
  });

  describe('when a field is a custom property', () => {
    it('puts it under the entity’s custom record', () => {
      expect(toRoutingFacts({ 'ticket.custom.plan': 'pro', 'ticket.custom.seats': 3 }, new Map())).toEqual({ ticket: { custom: { plan: 'pro', seats: 3 } } });
    });
  });

  describe('when a field is a datetime', () => {
    it('sends an ISO instant', () => {
      const facts = toRoutingFacts({ 'ticket.createdAt': '2026-03-02T08:15' }, new Map([['ticket.createdAt', 'datetime']]));

      expect(facts).toEqual({ ticket: { createdAt: dayjs('2026-03-02T08:15').toISOString() } });
    });
  });

  describe('when a field is yes/no', () => {
    it('keeps false, which is a value, not a blank', () => {
      expect(toRoutingFacts({ 'contact.custom.vip': false }, new Map([['contact.custom.vip', 'boolean']]))).toEqual({ contact: { custom: { vip: false } } });
    });
  });
});
