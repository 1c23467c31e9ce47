import { requestFingerprint } from './request-fingerprint';

describe('requestFingerprint', () => {
  describe('when two requests say the same thing', () => {
    it.each([
      ['keys in another order, at every level', { a: 1, b: { c: [1, { d: 2, e: 3 }], f: 'x' } }, { b: { f: 'x', c: [1, { e: 3, d: 2 }] }, a: 1 }],
      ['an undefined property and an absent one', { subject: 'Help', tags: undefined }, { subject: 'Help' }],
      ['numeric-looking keys in another order', { custom: { '10': 'a', '2': 'b', z: 1 } }, { custom: { z: 1, '2': 'b', '10': 'a' } }],
    ])('gives both the same fingerprint: %s', (_label, one, other) => {
      expect(requestFingerprint(one)).toBe(requestFingerprint(other));
    });
  });

  describe('when two requests differ', () => {
    it.each([
      ['in a value', { subject: 'Help' }, { subject: 'Help!' }],
      ['in a nested value', { custom: { order: 1 } }, { custom: { order: 2 } }],
      ['in the order of a list', { tags: ['a', 'b'] }, { tags: ['b', 'a'] }],
      ['by a property', { subject: 'Help' }, { subject: 'Help', teamId: 't' }],
      ['in type only', { n: 1 }, { n: '1' }],
    ])('tells them apart: %s', (_label, one, other) => {
      expect(requestFingerprint(one)).not.toBe(requestFingerprint(other));
    });
  });

  it('is 64 hex characters, the width of its column', () => {
    expect(requestFingerprint({ subject: 'Help' })).toMatch(/^[0-9a-f]{64}$/);
  });
});
