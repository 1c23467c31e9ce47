import { MAX_PROGRAM_SIZE, parseRegex } from './parse-regex';
import { measureProgram } from './regex-program';
import { createRegexRunner } from './run-regex';

function parsed(pattern: string) {
  const result = parseRegex(pattern);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('createRegexRunner', () => {
  describe('when tracking empty iterations would make the program too large', () => {
    const pattern = `${'(?:'.repeat(14)}a*${')*'.repeat(14)}b`;

    it('falls back to the plain program and still finds the match', () => {
      const ast = parsed(pattern);
      const runner = createRegexRunner(ast);

      const found = runner.find('xaaab');

      expect(measureProgram(ast, true)).toBeGreaterThan(MAX_PROGRAM_SIZE);
      expect(found).toEqual({ start: 1, end: 5 });
    });
  });

  describe('when a match starts at the very beginning of a long text', () => {
    it('finds it', () => {
      const runner = createRegexRunner(parsed('^\\p{Lu}\\p{Ll}+'));

      const found = runner.find(`Hei ${'x'.repeat(1_000)}`);

      expect(found).toEqual({ start: 0, end: 3 });
    });
  });

  describe('when nothing matches', () => {
    it('returns null from find and false from test', () => {
      const runner = createRegexRunner(parsed('\\d{3}'));

      expect([runner.find('12 ab 45'), runner.test('12 ab 45')]).toEqual([null, false]);
    });
  });
});
