import { buildRoutingFacts, draftTicketBasics, MAX_DERIVED_SUBJECT_LENGTH } from './draft-ticket-basics';
import type { HandoffEvent } from './handoff-event';

const event = (overrides: Partial<HandoffEvent> = {}): HandoffEvent => ({
  conversation: { id: 'c1', channel: 'chat' },
  ...overrides,
});

describe('draftTicketBasics', () => {
  describe('when the event carries ticket hints', () => {
    it('uses them, trimming text and dropping repeated tags', () => {
      const basics = draftTicketBasics(
        event({
          messageText: 'ignored for the subject',
          ticket: { subject: '  Refund  ', description: ' Order 42 ', priority: 'high', tags: ['vip', 'vip', 'eu'] },
        }),
      );

      expect(basics).toEqual({ subject: 'Refund', description: 'Order 42', priority: 'high', tags: ['vip', 'eu'], sourceChannel: 'chat' });
    });
  });

  describe('when the event has no hints', () => {
    it.each([
      ['the first line of the message', '  I want a refund\nfor order 42 ', 'I want a refund'],
      ['the channel when there is no message', undefined, 'Handoff from chat'],
      ['the channel when the message is blank', '  \n ', 'Handoff from chat'],
      ['the channel when the subject hint is blank', null, 'Handoff from chat'],
    ])('derives the subject from %s', (_label, messageText, expected) => {
      const basics = draftTicketBasics(event({ messageText, ticket: { subject: '   ' } }));

      expect(basics.subject).toBe(expected);
      expect(basics.priority).toBe('normal');
      expect(basics.tags).toEqual([]);
    });

    it('uses the whole message as the description', () => {
      expect(draftTicketBasics(event({ messageText: ' line 1\nline 2 ' })).description).toBe('line 1\nline 2');
    });

    it('cuts a long first line by code points, never inside an emoji', () => {
      const long = '😀'.repeat(MAX_DERIVED_SUBJECT_LENGTH + 5);

      const { subject } = draftTicketBasics(event({ messageText: long }));

      expect(Array.from(subject)).toHaveLength(MAX_DERIVED_SUBJECT_LENGTH);
      expect(subject.endsWith('😀…')).toBe(true);
    });

    it('keeps a first line of exactly the maximum length', () => {
      const exact = 'x'.repeat(MAX_DERIVED_SUBJECT_LENGTH);

      expect(draftTicketBasics(event({ messageText: exact })).subject).toBe(exact);
    });
  });
});

describe('buildRoutingFacts', () => {
  it('exposes the drafted ticket, the conversation, contact and channel to rules', () => {
    const e = event({
      messageText: 'peruutus',
      conversation: { id: 'c1', channel: 'email', language: 'fi', channelName: 'Support mail' },
      contact: { tier: 'premium' },
      ticket: { custom: { orderId: 42 } },
    });

    const facts = buildRoutingFacts(e, draftTicketBasics(e), 'customTrigger', ['peruutus'], 1_000);

    expect(facts).toEqual({
      ticket: { subject: 'peruutus', description: 'peruutus', priority: 'normal', tags: [], sourceChannel: 'email', status: 'new', createdAt: 1_000, custom: { orderId: 42 } },
      conversation: { channel: 'email', language: 'fi', messageText: 'peruutus', handoffReason: 'customTrigger', matchedTriggers: ['peruutus'] },
      contact: { tier: 'premium' },
      channel: { name: 'Support mail' },
    });
  });

  it('reads absent parts as not set', () => {
    const e = event();

    const facts = buildRoutingFacts(e, draftTicketBasics(e), 'agentPaused', [], 0);

    expect(facts.contact).toBeNull();
    expect(facts.channel).toEqual({ name: null });
    expect(facts.conversation).toMatchObject({ language: null, messageText: null });
    expect(facts.ticket).toMatchObject({ custom: null });
  });
});
