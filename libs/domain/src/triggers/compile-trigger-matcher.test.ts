import { compileTriggerMatcher, type TriggerMatcher } from './compile-trigger-matcher';
import type { CustomTrigger, PhraseMatchMode, TriggerMatch } from './trigger-types';

const trigger = (phrase: string, mode: PhraseMatchMode, ignoreAccents?: boolean, id = phrase): CustomTrigger => ({
  id,
  phrase,
  mode,
  ...(ignoreAccents === undefined ? {} : { ignoreAccents }),
});

const compile = (triggers: readonly CustomTrigger[]): TriggerMatcher => {
  const result = compileTriggerMatcher(triggers);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

/** The visitor's text at each match; also checks that `text` is the message's own slice. */
const texts = (message: string, matches: readonly TriggerMatch[]): string[] =>
  matches.map((m) => {
    expect(message.slice(m.start, m.end)).toBe(m.text);
    return m.text;
  });

describe('compileTriggerMatcher', () => {
  describe('when matching across scripts and word forms', () => {
    it.each([
      ['Finnish base form', trigger('peruutus', 'prefix'), 'Haluan peruutus nyt', ['peruutus']],
      ['Finnish plural', trigger('peruutus', 'prefix'), 'Kaikki peruutukset!', ['peruutukset']],
      ['Finnish genitive', trigger('peruutus', 'prefix'), 'Tilauksen peruutuksen jälkeen', ['peruutuksen']],
      ['Finnish palautus', trigger('palautus', 'prefix'), 'palautus ja palautukset', ['palautus', 'palautukset']],
      ['Finnish capitals', trigger('peruutus', 'prefix'), 'PERUUTUKSET', ['PERUUTUKSET']],
      ['Finnish ä inside a word', trigger('pääsy', 'word'), 'Ei pääsyä, pääsy evätty', ['pääsy']],
      ['full-width letters', trigger('refund', 'word'), 'I want a ＲＥＦＵＮＤ now', ['ＲＥＦＵＮＤ']],
      ['ligature in the message', trigger('find', 'word'), 'cannot ﬁnd it', ['ﬁnd']],
      ['German ß against ss', trigger('STRASSE', 'word'), 'Die Straße ist zu', ['Straße']],
      ['accents folded', trigger('cafe', 'word', true), 'Un café, un CAFÉ, un cafe', ['café', 'CAFÉ', 'cafe']],
      ['accents folded in the phrase', trigger('café', 'word', true), 'un cafe', ['cafe']],
      ['accents kept', trigger('cafe', 'word', false), 'Un café, un cafe', ['cafe']],
      ['decomposed accent', trigger('café', 'word'), 'un cafe\u0301!', ['cafe\u0301']],
      ['Cyrillic', trigger('возврат', 'word'), 'Хочу возврат!', ['возврат']],
      ['Cyrillic capitals', trigger('возврат', 'word'), 'ХОЧУ ВОЗВРАТ', ['ВОЗВРАТ']],
      ['Greek final sigma', trigger('οδος', 'word'), 'ΣΤΗΝ ΟΔΟΣ τώρα', ['ΟΔΟΣ']],
      ['Greek tonos folded', trigger('οδός', 'word', true), 'ΣΤΗΝ ΟΔΟΣ, στην οδό', ['ΟΔΟΣ']],
      ['Han substring', trigger('退款', 'word'), '我想申请退款可以吗', ['退款']],
      ['Japanese substring', trigger('キャンセル', 'word'), '注文をキャンセルしたい', ['キャンセル']],
      ['Thai substring', trigger('ยกเลิก', 'word'), 'ฉันต้องการยกเลิกคำสั่งซื้อ', ['ยกเลิก']],
      ['Latin next to Han', trigger('refund', 'word'), '我要refund谢谢', ['refund']],
      ['emoji before', trigger('refund', 'word'), '😀😀 Refund 👍', ['Refund']],
      ['astral letters before', trigger('refund', 'word'), '𝒜𝒜 refund', ['refund']],
      ['whitespace collapse', trigger('talk to a human', 'word'), 'can I talk  to\na   HUMAN?', ['talk  to\na   HUMAN']],
      ['phrase with extra spaces', trigger('  talk   to  ', 'word'), 'talk to me', ['talk to']],
      ['soft hyphen', trigger('refund', 'word'), 're\u00adfund please', ['re\u00adfund']],
      ['phrase edge not a word char', trigger('$100', 'word'), 'pay US$100. $1000', ['$100']],
    ])('%s', (_, custom, message, expected) => {
      const matcher = compile([custom]);

      const matches = matcher.match(message);

      expect(texts(message, matches)).toEqual(expected);
    });
  });

  describe('when choosing a mode', () => {
    it.each([
      ['word', 'cancel', 'cancellation please', []],
      ['word', 'cancel', 'please cancel.', ['cancel']],
      ['word', 'cancel', 'uncancel', []],
      ['word', 'cancel', 'cancel_order', []],
      ['prefix', 'cancel', 'cancellation please', ['cancellation']],
      ['prefix', 'cancel', 'uncancel', []],
      ['prefix', 'refund*', 'refunds and refunding', ['refunds', 'refunding']],
      ['prefix', 'refund', 'refun', ['refun']],
      ['prefix', 'refund', 'refuse', []],
      ['prefix', 'talk to*', 'talk tomorrow', ['talk tomorrow']],
      ['prefix', '退款', '申请退款了', ['退款']],
      ['phrase', 'cancel', 'uncancellable', ['cancel']],
      ['phrase', 'fund', 'refund', ['fund']],
    ] as const)('%s %j in %j finds %j', (mode, phrase, message, expected) => {
      const matcher = compile([trigger(phrase, mode)]);

      expect(texts(message, matcher.match(message))).toEqual(expected);
    });
  });

  describe('when a trigger is a regex', () => {
    it.each([
      ['every occurrence', trigger('refunds?', 'regex'), 'REFUND and refunds', ['REFUND', 'refunds']],
      ['the normalised text', trigger('talk to (a )?human', 'regex'), 'Talk  to a\nＨＵＭＡＮ', ['Talk  to a\nＨＵＭＡＮ']],
      ['ß folded to ss', trigger('strasse', 'regex'), 'Straße', ['Straße']],
      ['accents folded', trigger('cafe', 'regex', true), 'un café', ['café']],
      ['accents kept', trigger('cafe', 'regex'), 'un café', []],
      ['an anchored pattern once', trigger('^refund', 'regex'), 'refund refund', ['refund']],
      ['a negated class every time', trigger('[^ ]und', 'regex'), 'refund fund', ['fund', 'fund']],
      ['a pattern with \\b once', trigger('\\bno\\b', 'regex'), 'no, no', ['no']],
      ['no empty match', trigger('x|\\b', 'regex'), ' b', []],
      ['offsets after emoji', trigger('re.und', 'regex'), '🙂🙂 reFund', ['reFund']],
    ])('finds %s', (_, custom, message, expected) => {
      const matcher = compile([custom]);

      expect(texts(message, matcher.match(message))).toEqual(expected);
    });

    it('runs beside phrases of both folding variants', () => {
      const matcher = compile([trigger('tilaus', 'word'), trigger('peruutus', 'prefix', true), trigger('no+', 'regex', true)]);
      const message = 'Tilaus: PERÜUTUKSET noo';

      expect(texts(message, matcher.match(message))).toEqual(['Tilaus', 'PERÜUTUKSET', 'noo']);
      expect(matcher.test('nooo')).toBe(true);
    });
  });

  describe('when several triggers occur', () => {
    const matcher = compile([
      trigger('refund request', 'word'),
      trigger('refund', 'word'),
      trigger('cancel', 'prefix', true),
      trigger('fund', 'phrase', undefined, 'fund-id'),
    ]);

    it('reports every occurrence, by start then trigger order', () => {
      const message = 'Refund request: cancél the refund';

      const matches = matcher.match(message);

      expect(matches).toEqual([
        { triggerId: 'refund request', phrase: 'refund request', start: 0, end: 14, text: 'Refund request' },
        { triggerId: 'refund', phrase: 'refund', start: 0, end: 6, text: 'Refund' },
        { triggerId: 'fund-id', phrase: 'fund', start: 2, end: 6, text: 'fund' },
        { triggerId: 'cancel', phrase: 'cancel', start: 16, end: 22, text: 'cancél' },
        { triggerId: 'refund', phrase: 'refund', start: 27, end: 33, text: 'refund' },
        { triggerId: 'fund-id', phrase: 'fund', start: 29, end: 33, text: 'fund' },
      ]);
    });

    it.each([
      ['I want a refund', true],
      ['cancelled', true],
      ['thank you', false],
      ['', false],
    ])('tests %j as %s', (message, expected) => {
      expect(matcher.test(message)).toBe(expected);
    });
  });

  describe('when triggers of different modes share a pattern', () => {
    it('checks each against its own mode', () => {
      const matcher = compile([trigger('refund', 'word'), trigger('refund', 'phrase', undefined, 'p'), trigger('refund*', 'prefix', undefined, 'x')]);
      const message = 'refunds';

      expect(matcher.match(message).map((m) => [m.triggerId, m.text])).toEqual([['p', 'refund'], ['x', 'refunds']]);
    });
  });

  describe('when phrases keep and fold accents together', () => {
    const matcher = compile([trigger('café', 'word'), trigger('peruutus', 'prefix', true), trigger('x\u0301', 'phrase'), trigger('😀 ok', 'word')]);

    it.each([
      ['accents folded one to one', 'Café! cafe, PERUUTÜKSET', ['Café', 'PERUUTÜKSET']],
      ['accents that do not fold one to one', 'cafe\u0301 peruu\u0308tus', ['cafe\u0301', 'peruu\u0308tus']],
      ['a phrase that cannot be folded', 'x\u0301 and 😀 OK in café', ['x\u0301', '😀 OK', 'café']],
    ])('finds both kinds in %s', (_, message, expected) => {
      expect(texts(message, matcher.match(message))).toEqual(expected);
    });

    it.each([
      ['x\u0301', true],
      ['😀 ok', true],
      ['cafe', false],
    ])('tests %j as %s', (message, expected) => {
      expect(matcher.test(message)).toBe(expected);
    });
  });

  describe('when one source character yields several matches', () => {
    it('reports the place once', () => {
      const matcher = compile([trigger('s', 'phrase')]);

      expect(texts('ß', matcher.match('ß'))).toEqual(['ß']);
    });
  });

  describe('when there are no triggers', () => {
    it('matches nothing', () => {
      const matcher = compile([]);

      expect(matcher.match('refund')).toEqual([]);
      expect(matcher.test('refund')).toBe(false);
    });
  });
});
