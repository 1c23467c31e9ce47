import { compileSafeRegex } from './compile-safe-regex';
import type { SafeRegex } from './safe-regex';

function compiled(pattern: string, ignoreCase = false): SafeRegex {
  const result = compileSafeRegex(pattern, { ignoreCase });
  if (!result.ok) throw new Error(`test pattern refused: ${result.error.message}`);
  return result.value;
}

describe('compileSafeRegex', () => {
  describe('when the pattern is refused', () => {
    it('returns the syntax error with its offset', () => {
      const result = compileSafeRegex('(a+)\\1');

      expect(result).toEqual({
        ok: false,
        error: { offset: 4, message: 'backreferences (\\1) are not supported: they need backtracking' },
      });
    });
  });

  describe('when the pattern compiles', () => {
    it('keeps the source', () => {
      const regex = compiled('ref(und)?');

      expect(regex.source).toBe('ref(und)?');
    });
  });

  describe('when testing text in several scripts', () => {
    it.each([
      ['Finnish with ignoreCase', 'PÄÄSY', true, 'Ei pääsyä tilille', true],
      ['Finnish letters', '^[\\p{L}\\s]+$', false, 'Hyvää päivää', true],
      ['Finnish letters are not \\w', '^\\w+$', false, 'päivää', false],
      ['Cyrillic with ignoreCase', 'ВОЗВРАТ', true, 'хочу возврат денег', true],
      ['Cyrillic script', '^\\p{Script=Cyrillic}+$', false, 'Жук', true],
      ['Cyrillic script refuses Latin', '^\\p{Script=Cyrillic}+$', false, 'Жуk', false],
      ['Greek with final sigma folded', '(?i)οδοσ', false, 'ΟΔΟΣ', true],
      ['Greek tonos folded', '(?i)όλα', false, 'ΌΛΑ', true],
      ['CJK alternation', '退款|退货', false, '我要退款', true],
      ['Han script', '^\\p{Han}{2}$', false, '退款', true],
      ['an emoji is one character for .', '^.$', false, '😀', true],
      ['an emoji is not two characters', '^..$', false, '😀', false],
      ['an emoji range', '^[😀-😂]+$', false, '😁😂', true],
      ['an emoji by escape', '\\u{1F600}|\\uD83D\\uDE01', false, 'x😁', true],
      ['a lone surrogate escape does not split a pair', '\\uD83D', false, '😀', false],
      ['a lone surrogate escape matches a lone surrogate', '\\uD83D', false, 'a\uD83Db', true],
      ['negated class takes the whole pair', '^[^a]$', false, '😀', true],
      ['a lone low surrogate is one character', '^.b$', false, '\uDE00b', true],
    ])('%s', (_label, pattern, ignoreCase, text, expected) => {
      const regex = compiled(pattern, ignoreCase);

      expect(regex.test(text)).toBe(expected);
    });
  });

  describe('when testing anchors, boundaries and line ends', () => {
    it.each([
      ['^ is the start of the text', '^b', 'a\nb', false],
      ['(?m)^ is the start of a line', '(?m)^b', 'a\nb', true],
      ['$ is the end of the text', 'a$', 'a\nb', false],
      ['(?m)$ stops at \\r too', '(?m)a$', 'a\r\nb', true],
      ['\\A and \\z', '\\Aab\\z', 'ab', true],
      ['\\z refuses a trailing newline', 'ab\\z', 'ab\n', false],
      ['\\b around a word', '\\bcat\\b', 'a cat.', true],
      ['\\b inside a word', '\\bcat\\b', 'concat', false],
      ['\\B inside a word', '\\Bcat', 'concat', true],
      ['\\b at both ends of the text', '^\\b\\w+\\b$', 'word', true],
      ['\\b is ASCII: ä is not a word character', '\\bpääsy\\b', 'pääsyä', true],
      ['\\B between two non-word characters', 'ä\\Bä', 'ää', true],
      ['. skips a newline', 'a.b', 'a\nb', false],
      ['. skips \\r and U+2028', 'a.b|c.d', 'a\rb c\u2028d', false],
      ['(?s). takes a newline', '(?s)a.b', 'a\nb', true],
      ['\\s takes NBSP and ideographic space', '^\\s\\s$', '\u00a0\u3000', true],
      ['\\d is ASCII', '\\d', '٣', false],
      ['\\p{N} takes any digit', '\\p{N}', '٣', true],
      ['\\Q…\\E is literal', '^\\Q.*\\E$', '.*', true],
      ['\\Q…\\E does not match as a pattern', '^\\Q.*\\E$', 'ab', false],
      ['POSIX class', '^[[:alpha:]][[:^alpha:]]$', 'a1', true],
      ['an empty pattern matches empty text', '', '', true],
      ['an impossible class never matches', '[^\\x00-\\x{10FFFF}]', 'anything', false],
    ])('%s', (_label, pattern, text, expected) => {
      const regex = compiled(pattern);

      expect(regex.test(text)).toBe(expected);
    });
  });

  describe('when ignoring case', () => {
    it.each([
      ['the option', 'REFUND', true, 'please refund', true],
      ['a scoped flag', 'a(?i:b)c', false, 'aBc', true],
      ['a scoped flag ends with its group', 'a(?i:b)c', false, 'aBC', false],
      ['a flag turned off', '(?i)a(?-i)b', false, 'Ab', true],
      ['a flag turned off, refused', '(?i)a(?-i)b', false, 'AB', false],
      ['a negated class stays negated after folding', '[^a]', true, 'A', false],
      ['a range', '^[a-c]+$', true, 'AbC', true],
      ['KELVIN SIGN against k', 'k', true, '\u212a', true],
      ['k against KELVIN SIGN', '\u212a', true, 'K', true],
      ['ß against capital sharp s', 'ß', true, 'ẞ', true],
      ['final sigma against sigma', 'ς', true, 'σ', true],
      ['micro sign against mu', 'µ', true, 'Μ', true],
      ['dotless i stays apart from I', 'ı', true, 'I', false],
      ['dotted I stays apart from i', 'İ', true, 'i', false],
      ['titlecase digraph', 'ǅ', true, 'ǆ', true],
      ['uppercase property takes lowercase', '^\\p{Lu}$', true, 'a', true],
      ['\\w takes long s', '^\\w$', true, 'ſ', true],
      ['\\W refuses k', '\\W', true, 'k', false],
    ])('%s', (_label, pattern, ignoreCase, text, expected) => {
      const regex = compiled(pattern, ignoreCase);

      expect(regex.test(text)).toBe(expected);
    });
  });

  describe('when finding the leftmost match', () => {
    it.each([
      ['a literal', 'abc', 'xxabcxx', { start: 2, end: 5 }],
      ['no match', 'abc', 'ab', null],
      ['the first alternative wins', 'a|ab', 'ab', { start: 0, end: 1 }],
      ['the first alternative wins, reversed', 'ab|a', 'ab', { start: 0, end: 2 }],
      ['greedy', 'a+', 'baaab', { start: 1, end: 4 }],
      ['lazy', 'a+?', 'baaab', { start: 1, end: 2 }],
      ['lazy up to a literal', 'a*?b', 'aab', { start: 0, end: 3 }],
      ['ungreedy flag swaps', '(?U)a+', 'aaa', { start: 0, end: 1 }],
      ['ungreedy flag with ? is greedy', '(?U)a+?', 'aaa', { start: 0, end: 3 }],
      ['an empty match at the start', 'x*', 'abc', { start: 0, end: 0 }],
      ['an empty match at the end', '$', 'abc', { start: 3, end: 3 }],
      ['the leftmost beats the longest', 'b+|a', 'abbb', { start: 0, end: 1 }],
      ['alternatives inside a repetition', '(a|ab)(c|bcd)', 'abcd', { start: 0, end: 4 }],
      ['an empty iteration is refused, as in JavaScript', '(?:a|)*', 'aa', { start: 0, end: 2 }],
      ['a lazy body inside a greedy loop', '(?:\\w*?)*', 'ab', { start: 0, end: 2 }],
      ['a bounded repetition', 'a{2,3}', 'aaaa', { start: 0, end: 3 }],
      ['UTF-16 offsets after an emoji', 'b', '😀b', { start: 2, end: 3 }],
      ['a lone low surrogate before the match', 'b', 'a\uDE00b', { start: 2, end: 3 }],
      ['an emoji match', '😀+', 'a😀😀b', { start: 1, end: 5 }],
      ['a word boundary mid-text', '\\bcat', 'concat cat', { start: 7, end: 10 }],
      ['a multiline anchor mid-text', '(?m)^b$', 'a\nb\nc', { start: 2, end: 3 }],
      ['Cyrillic word', 'возврат\\p{L}*', 'Хочу возврата денег', { start: 5, end: 13 }],
      ['CJK', '退[款货]', '我要退款', { start: 2, end: 4 }],
      ['Finnish with ignoreCase', '(?i)pääsy', 'EI PÄÄSYÄ', { start: 3, end: 8 }],
    ])('%s', (_label, pattern, text, expected) => {
      const regex = compiled(pattern);

      expect(regex.find(text)).toEqual(expected);
    });
  });

  describe('when reused across texts', () => {
    it('gives the same answers as a fresh compile', () => {
      const reused = compiled('(\\p{L}+)\\s+\\d{2,}');
      const texts = ['Tilaus 12345', 'Заказ 99', 'order 1', '注文 4242', 'Tilaus 12345'];

      const answers = texts.map((text) => [reused.test(text), reused.find(text)]);

      expect(answers).toEqual(texts.map((text) => [compiled(reused.source).test(text), compiled(reused.source).find(text)]));
      expect(answers.map(([matched]) => matched)).toEqual([true, true, false, true, true]);
    });
  });
});
