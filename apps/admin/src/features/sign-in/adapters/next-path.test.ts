import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/rules/rs-1?tab=versions', '/rules/rs-1?tab=versions'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/sign-in?next=%2F', '/'],
  ])('turns %s into %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe('signInPath', () => {
  it.each([
    ['/tickets?status=open', '/sign-in?next=%2Ftickets%3Fstatus%3Dopen'],
    ['/', '/sign-in'],
  ])('remembers %s', (from, expected) => {
    expect(signInPath(from)).toBe(expected);
  });
});
