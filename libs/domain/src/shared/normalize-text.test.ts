import { foldCase, normalizeText } from './normalize-text';

describe('normalizeText', () => {
  describe('when folding case', () => {
    it.each([
      ['PERUUTUS', 'peruutus'],
      ['Pääsy', 'pääsy'],
      ['STRASSE', 'strasse'],
      ['straße', 'strasse'],
      ['ΟΔΟΣ', 'οδοσ'],
      ['οδός', 'οδόσ'],
      ['ＲＥＦＵＮＤ', 'refund'],
      ['ВОЗВРАТ', 'возврат'],
    ])('folds %s to %s', (input, expected) => {
      expect(normalizeText(input, { ignoreCase: true })).toBe(expected);
    });
  });

  describe('when folding accents', () => {
    it.each([
      ['café', 'cafe'],
      ['pääsy', 'paasy'],
      ['Ωμέγα', 'Ωμεγα'],
    ])('folds %s to %s', (input, expected) => {
      expect(normalizeText(input, { ignoreAccents: true })).toBe(expected);
    });
  });

  describe('when folding nothing', () => {
    it('keeps case and accents but applies NFKC', () => {
      expect(normalizeText('Ｃafé', {})).toBe('Café');
    });
  });
});

describe('foldCase', () => {
  it('leaves text without special folds as lower-case', () => {
    expect(foldCase('ABC')).toBe('abc');
  });
});
