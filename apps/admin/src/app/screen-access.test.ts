import { homeFor, mayOpen } from './screen-access';

describe('mayOpen', () => {
  it.each([
    ['agent', '/tickets', true],
    ['agent', '/availability', true],
    ['agent', '/', true],
    ['agent', '/settings', false],
    ['agent', '/rules/rs-1', false],
    ['agent', '/simulator', false],
    ['agent', '/audit', false],
    ['agent', '/a-screen-added-later', false],
    ['admin', '/settings', true],
    ['admin', '/a-screen-added-later', true],
  ] as const)('%s may open %s: %s', (role, path, expected) => {
    expect(mayOpen(role, path)).toBe(expected);
  });
});

describe('homeFor', () => {
  it.each([
    ['admin', '/settings'],
    ['agent', '/tickets'],
  ] as const)('sends %s to %s', (role, home) => {
    expect(homeFor(role)).toBe(home);
  });
});
