import { findClosestName } from './find-closest-name';

const known = ['ticket.priority', 'ticket.status', 'ticket.subject', 'contact.tier'];

describe('findClosestName', () => {
  describe('when a known name is close', () => {
    it.each([
      ['ticket.prority', 'ticket.priority'],
      ['Ticket.Status', 'ticket.status'],
      ['ticket.subjet', 'ticket.subject'],
      ['contact.teir', 'contact.tier'],
    ])('suggests it for %s', (name, expected) => {
      expect(findClosestName(name, known)).toBe(expected);
    });

    it('prefers the closest of several candidates', () => {
      expect(findClosestName('abcd', ['abxy', 'abcx'])).toBe('abcx');
    });

    it.each([
      ['abcd', ['bcd'], 'bcd'],
      ['abc', ['abcd'], 'abcd'],
      ['ab', [''], ''],
      ['', ['ab'], 'ab'],
      ['kitten', ['sittin'], 'sittin'],
      ['kitten', ['sitting'], undefined],
    ])('measures edit distance: %s against %j gives %s', (name, candidates, expected) => {
      expect(findClosestName(name, candidates)).toBe(expected);
    });
  });

  describe('when nothing is close', () => {
    it.each([
      ['an unrelated name', 'weather'],
      ['an empty name', ''],
      ['a name too long to be a typo', `ticket.priority${'x'.repeat(60)}`],
    ])('suggests nothing for %s', (_label, name) => {
      expect(findClosestName(name, known)).toBeUndefined();
    });
  });
});
