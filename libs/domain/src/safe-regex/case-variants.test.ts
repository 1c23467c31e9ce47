import { caseVariants } from './case-variants';

const chars = (text: string): number[] => Array.from(text, (c) => c.codePointAt(0) as number);

describe('caseVariants', () => {
  describe('when the letter has a plain case pair', () => {
    it.each([
      ['a', 'A'],
      ['Ä', 'ä'],
      ['ж', 'Ж'],
      ['ǅ', 'ǆǄ'],
    ])('gives %s the variants %s', (letter, variants) => {
      expect([...caseVariants(letter.codePointAt(0) as number)].sort()).toEqual(chars(variants).sort());
    });
  });

  describe('when the letter belongs to an irregular orbit', () => {
    it.each([
      ['k', 'K\u212a'],
      ['\u212a', 'kK'],
      ['s', 'Sſ'],
      ['ſ', 'sS'],
      ['ß', 'ẞ'],
      ['ς', 'σΣ'],
      ['µ', 'μΜ'],
      ['ϑ', 'θΘϴ'],
      ['Ω', 'ω\u2126'],
    ])('gives %s the variants %s', (letter, variants) => {
      expect([...caseVariants(letter.codePointAt(0) as number)].sort()).toEqual(chars(variants).sort());
    });
  });

  describe('when the letter has no simple folding', () => {
    it.each(['ı', 'İ', '1', '😀'])('gives %s no variants', (letter) => {
      expect(caseVariants(letter.codePointAt(0) as number)).toEqual([]);
    });
  });

  describe('when many distinct code points have been asked about', () => {
    it('still answers correctly after its memo is dropped', () => {
      for (let cp = 0x3000; cp < 0x3000 + 25_000; cp += 1) caseVariants(cp);

      expect(caseVariants(0x6b)).toEqual(expect.arrayContaining([0x4b, 0x212a]));
    });
  });
});
