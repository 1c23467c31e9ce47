import type { CustomTrigger } from '@handoff/domain';
import { generateMessages } from './generate-messages';
import { generatePhrases } from './generate-phrases';
import { buildTriggerContenders, findTriggerDisagreement, oursFirstStart } from './trigger-contenders';

const EDGE_TRIGGERS: readonly CustomTrigger[] = [
  { id: 'cancel', phrase: 'cancel', mode: 'word' },
  { id: 'refund-sub', phrase: 'refund', mode: 'phrase' },
  { id: 'peruutus', phrase: 'peruutus', mode: 'prefix' },
  { id: 'strasse', phrase: 'Straße', mode: 'word' },
  { id: 'tuikou', phrase: '退款', mode: 'word' },
  { id: 'vozvrat', phrase: 'возврат', mode: 'prefix' },
  { id: 'odos', phrase: 'ΟΔΟΣ', mode: 'word' },
  { id: 'human', phrase: 'talk to a human', mode: 'word' },
];

const EDGE_MESSAGES: readonly string[] = [
  'I want to CANCEL!',
  'cancelled, not cancel_order',
  'This is nonrefundable',
  'Peruutukset ja peruutuksen tila',
  'Wo ist die STRASSE?',
  '我要退款',
  'Возврата не было',
  'οδός και ΟΔΟΣ',
  'talk  to a\nhuman please',
  're\u00adfund and can\u00adcel',
  'nothing here',
  '',
];

describe('trigger contenders', () => {
  describe('when phrases and messages are generated (200 phrases × 300 messages)', () => {
    it('agree: same fired ids (naive), same fired flag and leftmost start (big RegExp)', () => {
      const phrases = generatePhrases(200, 11);
      const messages = generateMessages(phrases, { count: 300, seed: 12, quotingShare: 0.5 });
      const contenders = buildTriggerContenders(phrases.triggers);

      const disagreement = findTriggerDisagreement(contenders, phrases.triggers, messages, { naive: messages.length, bigRegExp: messages.length });

      expect(disagreement).toBeUndefined();
      expect(messages.filter((m) => oursFirstStart(contenders.ours, m) >= 0).length).toBeGreaterThan(60);
    });
  });

  describe('when messages hit boundaries, inflections, folding and invisible characters', () => {
    it('agree on every edge message', () => {
      const contenders = buildTriggerContenders(EDGE_TRIGGERS);

      const disagreement = findTriggerDisagreement(contenders, EDGE_TRIGGERS, EDGE_MESSAGES, { naive: EDGE_MESSAGES.length, bigRegExp: EDGE_MESSAGES.length });

      expect(disagreement).toBeUndefined();
    });

    it.each([
      ['I want to CANCEL!', ['cancel']],
      ['cancelled, not cancel_order', []],
      ['This is nonrefundable', ['refund-sub']],
      ['Peruutukset ja peruutuksen tila', ['peruutus']],
      ['Wo ist die STRASSE?', ['strasse']],
      ['我要退款', ['tuikou']],
      ['talk  to a\nhuman please', ['human']],
    ])('fires the expected triggers on %j', (message, expected) => {
      const { naive } = buildTriggerContenders(EDGE_TRIGGERS);

      expect(naive.firedIds(message)).toEqual(expected);
    });
  });
});
