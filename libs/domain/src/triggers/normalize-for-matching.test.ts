import fc from 'fast-check';
import { normalizeText } from '../shared/normalize-text';
import { normalizeForMatching, toOriginalRange } from './normalize-for-matching';

/** The source text of every normalised unit, read back through the map. */
const sources = (message: string): string[] => {
  const normalized = normalizeForMatching(message);
  return Array.from({ length: normalized.text.length }, (_, i) => {
    const { start, end } = toOriginalRange(normalized, i, i + 1);
    return message.slice(start, end);
  });
};

describe('normalizeForMatching', () => {
  describe('when the message is plain ASCII with single spaces', () => {
    it.each([
      ['I want a refund', 'i want a refund'],
      ['refund', 'refund'],
      ['', ''],
    ])('lower-cases %j to %j and keeps the identity map', (message, expected) => {
      const normalized = normalizeForMatching(message);

      expect(normalized).toEqual({ text: expected, starts: null, ends: null });
    });
  });

  describe('when folding changes lengths', () => {
    it.each([
      ['ＲＥＦＵＮＤ', 'refund'],
      ['Straße', 'strasse'],
      ['ﬁnd', 'find'],
      ['ΟΔΟΣ οδός', 'οδοσ οδόσ'],
      ['PERUUTUS', 'peruutus'],
      ['İ', 'i\u0307'],
      ['e\u0301', 'é'],
      ['㎏', 'kg'],
      ['😀 Hi', '😀 hi'],
    ])('normalises %j to %j', (message, expected) => {
      expect(normalizeForMatching(message).text).toBe(expected);
    });
  });

  describe('when folding accents', () => {
    it.each([
      ['Café', 'cafe'],
      ['cafe\u0301', 'cafe'],
      ['pääsy', 'paasy'],
      ['Ωμέγα', 'ωμεγα'],
      ['\u0301x', 'x'],
    ])('normalises %j to %j', (message, expected) => {
      expect(normalizeForMatching(message, { ignoreAccents: true }).text).toBe(expected);
    });

    it('keeps accents when not asked to fold them', () => {
      expect(normalizeForMatching('Café').text).toBe('café');
    });
  });

  describe('when the message has whitespace runs and invisible characters', () => {
    it.each([
      ['talk  to\na human', 'talk to a human'],
      ['talk\t\r\n to', 'talk to'],
      ['a\u00a0\u3000b', 'a b'],
      ['re\u00adfund', 'refund'],
      ['a\u200bb', 'a b'],
      ['\u200dok\ufeff', 'ok'],
      ['  x  ', ' x '],
    ])('normalises %j to %j', (message, expected) => {
      expect(normalizeForMatching(message).text).toBe(expected);
    });
  });

  describe('when nothing moves', () => {
    it.each([['Хочу возврат!'], ['Pääsy\tkielletty'], ['退款']])('keeps the identity map for %j', (message) => {
      const normalized = normalizeForMatching(message);

      expect(normalized.starts).toBeNull();
      expect(normalized.ends).toBeNull();
    });

    it.each([['Straße ok'], ['a  b'], ['re\u00adfund'], ['e\u0301']])('builds a map for %j', (message) => {
      expect(normalizeForMatching(message).starts).not.toBeNull();
    });
  });

  describe('when mapping units back to the original', () => {
    it.each([
      ['Straße', ['S', 't', 'r', 'a', 'ß', 'ß', 'e']],
      ['ﬁ!', ['ﬁ', 'ﬁ', '!']],
      ['e\u0301x', ['e\u0301', 'x']],
      ['a \n b', ['a', ' \n ', 'b']],
      ['😀Ö', ['😀', '😀', 'Ö']],
      ['\u1100\u1161!', ['\u1100\u1161', '!']],
      ['x\u{1d167}y', ['x\u{1d167}', 'x\u{1d167}', 'x\u{1d167}', 'y']],
      ['\ud83dÄ', ['\ud83d', 'Ä']],
      ['Ä\ud83d', ['Ä', '\ud83d']],
      ['\ud83d\ud83dx', ['\ud83d', '\ud83d', 'x']],
    ])('maps %j unit by unit to %j', (message, expected) => {
      expect(sources(message)).toEqual(expected);
    });

    it('maps a range to the whole source of its first and last unit', () => {
      const message = 'Talk  to ＨＵＭＡＮ';
      const normalized = normalizeForMatching(message);
      const start = normalized.text.indexOf('to h');

      const range = toOriginalRange(normalized, start, normalized.text.length);

      expect(message.slice(range.start, range.end)).toBe('to ＨＵＭＡＮ');
    });

    it('maps identity when the message needed no map', () => {
      expect(toOriginalRange(normalizeForMatching('ok then'), 3, 7)).toEqual({ start: 3, end: 7 });
    });
  });

  describe('when given long non-ASCII messages', () => {
    it('builds the text in pieces without losing units', () => {
      const message = 'Ä'.repeat(10_000);

      expect(normalizeForMatching(message).text).toBe('ä'.repeat(10_000));
    });

    it('stays right after more distinct characters than its memo holds', () => {
      const message = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('') + 'ＡÉ';

      const { text } = normalizeForMatching(message, { ignoreAccents: true });

      expect(text.slice(-2)).toBe('ae');
      expect(text.length).toBe(20_002);
    });
  });

  describe('when compared with normalizeText', () => {
    const alphabet = fc.constantFrom(
      'a', 'B', 'ä', 'Ö', 'e\u0301', 'é', 'ß', 'ﬁ', 'Σ', 'ς', 'Ж', '退', '😀', 'Ｒ', '㎏', 'İ', '\u0301', ' ', '\t',
    );
    const text = fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join(''));

    it('equals normalizeText per variant, with whitespace collapsed', () => {
      fc.assert(
        fc.property(text, fc.boolean(), (message, ignoreAccents) => {
          const expected = normalizeText(message, { ignoreCase: true, ignoreAccents }).replace(/\s+/g, ' ');

          expect(normalizeForMatching(message, { ignoreAccents }).text).toBe(expected);
        }),
      );
    });

    it('maps every unit to an ordered, non-empty source range', () => {
      fc.assert(
        fc.property(text, fc.boolean(), (message, ignoreAccents) => {
          const { text: out, starts, ends } = normalizeForMatching(message, { ignoreAccents });
          const pairs = Array.from({ length: out.length }, (_, i) => [starts?.[i] ?? i, ends?.[i] ?? i + 1] as const);

          pairs.forEach(([start, end], i) => {
            expect(start).toBeLessThan(end);
            expect(end).toBeLessThanOrEqual(message.length);
            if (i > 0) expect(start).toBeGreaterThanOrEqual(pairs[i - 1]?.[0] ?? 0);
          });
        }),
      );
    });
  });
});
