import { parseRegex } from './parse-regex';

describe('parseRegex', () => {
  describe('when the pattern is in the supported RE2 subset', () => {
    it.each([
      ['literals and dot', 'abc.ä😀'],
      ['Perl classes', '\\d\\D\\w\\W\\s\\S'],
      ['assertions', '^\\A\\b\\B\\z$'],
      ['control escapes', '\\n\\r\\t\\f\\v\\a\\0'],
      ['escaped punctuation', '\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\/\\\\\\-'],
      ['hex escapes', '\\x41\\x{1F600}\\x{41}'],
      ['unicode escapes', '\\u00e4\\u{1F600}\\uD83D\\uDE00\\uD800\\uD83D\\u0041'],
      ['general categories', '\\p{L}\\p{Lu}\\p{N}\\P{L}\\pL\\PN'],
      ['scripts', '\\p{Script=Cyrillic}\\p{sc=Grek}\\p{Greek}\\p{^Greek}\\P{^Han}'],
      ['classes with ranges, negation and escapes', '[a-zA-Z0-9_][^\\s\\d][\\p{L}\\x{1F600}-\\x{1F64F}]'],
      ['RE2 bracket quirks', '[]a][^]a][a-][-a][\\]\\-\\\\][[a]'],
      ['POSIX classes', '[[:alpha:]][[:^digit:]][[:word:][:punct:]]'],
      ['quoted text', '\\Q.*+?\\E|\\Qunterminated (.*'],
      ['groups', '(a)(?:b)(?P<first>c)(?<second>d)()'],
      ['alternation with empty branches', '|a||b|'],
      ['quantifiers', 'a*b+c?d{2}e{2,}f{2,3}g{0}h{1000}'],
      ['lazy quantifiers', 'a*?b+?c??d{2}?e{2,}?f{2,3}?'],
      ['literal braces', 'a{,5}b{c}d{ {1,'],
      ['a repeated assertion', '^*\\b+'],
      ['inline flags', '(?i)a(?m:^b$)(?s:.)(?U)c*(?i-s)d(?-i:e)'],
      ['nested repetition within 1000', '((a{10}){10}){10}'],
      ['a 500-character pattern', 'x'.repeat(500)],
    ])('accepts %s', (_label, pattern) => {
      const result = parseRegex(pattern);

      expect(result).toEqual({ ok: true, value: expect.anything() });
    });
  });

  describe('when the pattern needs backtracking or is malformed', () => {
    it.each([
      ['(?=a)', 0, 'lookahead (?=…) is not supported'],
      ['a(?!b)', 1, 'negative lookahead (?!…) is not supported'],
      ['(?<=a)b', 0, 'lookbehind (?<=…) is not supported'],
      ['(?<!a)b', 0, 'negative lookbehind (?<!…) is not supported'],
      ['(?>a+)', 0, 'atomic groups (?>…) are not supported: they need backtracking'],
      ['(?(1)a|b)', 0, 'conditionals (?(…)…) are not supported'],
      ['(?#note)', 0, 'comments (?#…) are not supported'],
      ['(?|a)', 0, 'branch reset groups (?|…) are not supported'],
      ['(a)\\1', 3, 'backreferences (\\1) are not supported: they need backtracking'],
      ['\\12', 0, 'backreferences (\\12) are not supported: they need backtracking'],
      ['(?<n>a)\\k<n>', 7, 'backreferences (\\k<name>) are not supported: they need backtracking'],
      ['(?P<n>a)(?P=n)', 8, 'backreferences (?P=name) are not supported: they need backtracking'],
      ['(?P>n)', 0, 'recursion (?P>name) is not supported'],
      ['(?&n)', 0, 'recursion (?&name) is not supported'],
      ['a(?R)', 1, 'recursion (?R) is not supported'],
      ['(?1)', 0, 'recursion (?1) is not supported'],
      ['(?-1)', 0, 'recursion (?-1) is not supported'],
      ['a\\K', 1, '\\K is not supported: it needs backtracking'],
      ['a*+', 1, 'possessive quantifiers (*+, ++, ?+) are not supported: they need backtracking'],
      ['a{2}+', 1, 'possessive quantifiers (*+, ++, ?+) are not supported: they need backtracking'],
      ['\\Z', 0, '\\Z is not supported: use \\z (end of text) or $'],
      ['\\G', 0, '\\G is not supported'],
      ['\\X', 0, '\\X (grapheme cluster) is not supported'],
      ['\\R', 0, '\\R is not supported: use (?:\\r\\n|\\n|\\r)'],
      ['\\C', 0, '\\C (single byte) is not supported'],
      ['\\cA', 0, 'control escapes (\\cX) are not supported: use \\xHH'],
      ['\\00', 0, 'octal escapes are not supported: use \\xHH'],
      ['a\\y', 1, 'unknown escape \\y'],
      ['\\_', 0, 'unknown escape \\_'],
      ['\\é', 0, 'unknown escape \\é'],
      ['a\\', 1, 'trailing backslash at end of pattern'],
      ['\\xZ1', 0, 'invalid \\x escape: expected two hex digits or \\x{…}'],
      ['\\x{}', 0, 'invalid \\x{…} escape: expected hex digits in braces'],
      ['\\x{110000}', 0, 'code point 110000 is above 10FFFF'],
      ['\\u12', 0, 'invalid \\u escape: expected four hex digits or \\u{…}'],
      ['\\uD83D\\uZZZZ', 6, 'invalid \\u escape: expected four hex digits or \\u{…}'],
      ['\\u{12', 0, 'invalid \\u{…} escape: expected hex digits in braces'],
      ['\\p', 0, 'invalid Unicode property: expected \\p{Name} or \\pL'],
      ['\\p{L', 0, 'missing closing } in Unicode property'],
      ['a\\p{Foo}', 1, 'unknown Unicode property \\p{Foo}'],
      ['\\P{Script=Nope}', 0, 'unknown Unicode property \\P{Script=Nope}'],
      ['\\p{L-u}', 0, 'unknown Unicode property \\p{L-u}'],
      ['(ab', 0, 'unbalanced parenthesis: missing )'],
      ['a(?:b', 1, 'unbalanced parenthesis: missing )'],
      ['(?i', 0, 'unbalanced parenthesis: missing )'],
      ['ab)', 2, 'unbalanced parenthesis: ) without a matching ('],
      ['*a', 0, 'nothing to repeat'],
      ['a|+', 2, 'nothing to repeat'],
      ['(?i)?', 4, 'nothing to repeat'],
      ['{2}', 0, 'nothing to repeat'],
      ['a**', 2, 'nothing to repeat: a quantifier cannot follow another'],
      ['a???', 3, 'nothing to repeat: a quantifier cannot follow another'],
      ['a{2}{3}', 4, 'nothing to repeat: a quantifier cannot follow another'],
      ['a{1001}', 1, 'repetition count above 1000'],
      ['a{0,1001}', 1, 'repetition count above 1000'],
      ['a{99999999999999999999}', 1, 'repetition count above 1000'],
      ['a{3,2}', 1, 'invalid repetition range {3,2}'],
      ['(a{2}){501}', 6, 'nested repetition counts multiply above 1000'],
      ['((a{10}){10}){11}', 13, 'nested repetition counts multiply above 1000'],
      ['[abc', 0, 'missing closing ] for character class'],
      ['x[]', 1, 'missing closing ] for character class'],
      ['[z-a]', 1, 'invalid character class range z-a'],
      ['[a-\\d]', 1, 'invalid character class range: a class such as \\d cannot be an end'],
      ['[\\w-z]', 1, 'invalid character class range: a class such as \\d cannot be an end'],
      ['[[:vowel:]]', 1, 'unknown POSIX class [:vowel:]'],
      ['[\\b]', 1, '\\b is not allowed inside a character class'],
      ['(?<1st>a)', 0, 'invalid group name: use letters, digits and _ in (?P<name>…)'],
      ['(?P<name', 0, 'invalid group name: use letters, digits and _ in (?P<name>…)'],
      ['(?<n>a)|(?P<n>b)', 8, 'duplicate group name "n"'],
      ['(?x)a', 2, 'unknown flag x: use i, m, s or U'],
      ['(?)', 0, 'empty flag group (?)'],
      ['(?i-)', 3, 'missing flag after -'],
      ['(?-:a)', 2, 'missing flag after -'],
      ['(?i-s-m)', 5, 'flags may be negated only once in a group'],
      ['x'.repeat(501), 500, 'pattern longer than 500 characters'],
      ['\\w{1000}\\w{1000}\\w{1000}\\w{1000}\\w{1000}\\w{1000}\\w{1000}\\w{1000}\\w{1000}\\w{1000}', 0, 'pattern too large once repetitions are expanded (over 10000 steps)'],
    ])('refuses %s at offset %i', (pattern, offset, message) => {
      const result = parseRegex(pattern);

      expect(result).toEqual({ ok: false, error: { offset, message } });
    });
  });

  describe('when flags are given as options', () => {
    it('applies ignoreCase to every literal and class', () => {
      const result = parseRegex('a[b]', { ignoreCase: true });

      expect(result.ok && result.value).toMatchObject({
        kind: 'concat',
        items: [{ set: { ignoreCase: true } }, { set: { ignoreCase: true } }],
      });
    });
  });

  describe('when a flag group sits inside a group', () => {
    it('scopes the flag to the rest of that group', () => {
      const result = parseRegex('((?i)a)b');

      expect(result.ok && result.value).toMatchObject({
        kind: 'concat',
        items: [{ set: { ignoreCase: true } }, { set: { ignoreCase: false } }],
      });
    });
  });
});
