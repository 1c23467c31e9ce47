import { stemOf } from './stem-of';

describe('stemOf', () => {
  describe('when the phrase ends with *', () => {
    it.each([
      ['peru*', 'peru'],
      ['refund req*', 'refund req'],
      ['*', ''],
      ['a**', 'a*'],
    ])('takes %j as %j', (phrase, expected) => {
      expect(stemOf(phrase)).toBe(expected);
    });
  });

  describe('when the last word has more than 4 letters', () => {
    it.each([
      ['peruutus', 'peruutu'],
      ['palautus', 'palautu'],
      ['refund', 'refun'],
      ['cancel', 'cance'],
      ['tilauksen peruutus', 'tilauksen peruutu'],
      ['возврат', 'возвра'],
      ['cafe\u0301s', 'cafe\u0301'],
      ['rückgabe\u0301', 'rückgab'],
    ])('drops the final letter of %j', (phrase, expected) => {
      expect(stemOf(phrase)).toBe(expected);
    });
  });

  describe('when the last word is short or does not end with a letter', () => {
    it.each([
      ['auto'],
      ['café'],
      ['tilauksen auto'],
      ['help'],
      ['#12345'],
      ['order 12345'],
      ['refund!'],
      ['refund '],
      [''],
    ])('keeps %j whole', (phrase) => {
      expect(stemOf(phrase)).toBe(phrase);
    });
  });
});
