import type { IssueCode } from '../shared/issue';
import { compileTriggerMatcher } from './compile-trigger-matcher';
import { TRIGGER_LIMITS } from './trigger-limits';
import type { CustomTrigger, PhraseMatchMode } from './trigger-types';

const trigger = (phrase: string, mode: PhraseMatchMode = 'word', id = phrase, ignoreAccents?: boolean): CustomTrigger => ({
  id,
  phrase,
  mode,
  ...(ignoreAccents === undefined ? {} : { ignoreAccents }),
});

const issuesOf = (triggers: readonly CustomTrigger[], path?: string): { code: IssueCode; path: string }[] => {
  const result = compileTriggerMatcher(triggers, path);
  return result.ok ? [] : result.error.map(({ code, path: at }) => ({ code, path: at }));
};

describe('compileTriggerMatcher validation', () => {
  describe('when a phrase is empty once normalised', () => {
    it.each([
      [trigger('', 'word', 'a')],
      [trigger('   \n ', 'phrase', 'a')],
      [trigger('\u200d\u00ad', 'word', 'a')],
      [trigger('*', 'prefix', 'a')],
      [trigger('  ', 'regex', 'a')],
    ])('reports EMPTY_PHRASE for %j', (custom) => {
      expect(issuesOf([custom])).toEqual([{ code: 'EMPTY_PHRASE', path: 'customTriggers[0].phrase' }]);
    });
  });

  describe('when triggers repeat', () => {
    it.each([
      ['the same id', [trigger('refund', 'word', 'x'), trigger('cancel', 'word', 'x')], 'customTriggers[1].id'],
      ['case-only differences', [trigger('refund'), trigger('REFUND')], 'customTriggers[1].phrase'],
      ['full-width and spacing', [trigger('talk to'), trigger('ｔａｌｋ   ｔｏ')], 'customTriggers[1].phrase'],
      ['accents folded on both', [trigger('café', 'word', 'a', true), trigger('cafe', 'word', 'b', true)], 'customTriggers[1].phrase'],
      ['the same stem', [trigger('refund', 'prefix'), trigger('refun*', 'prefix')], 'customTriggers[1].phrase'],
      ['the same pattern', [trigger('a+', 'regex'), trigger('a+', 'regex', 'b')], 'customTriggers[1].phrase'],
    ])('reports DUPLICATE_TRIGGER for %s', (_, triggers, path) => {
      expect(issuesOf(triggers)).toEqual([{ code: 'DUPLICATE_TRIGGER', path }]);
    });

    it('accepts one phrase in different modes', () => {
      expect(issuesOf([trigger('refund', 'word'), trigger('refund', 'phrase', 'b'), trigger('refund', 'prefix', 'c')])).toEqual([]);
    });

    it('accepts accent-distinct phrases when accents count', () => {
      expect(issuesOf([trigger('café'), trigger('cafe')])).toEqual([]);
    });
  });

  describe('when a regex is refused', () => {
    it.each([['(unclosed'], ['a*'], ['x|']])('reports INVALID_REGEX for %j', (pattern) => {
      expect(issuesOf([trigger(pattern, 'regex')])).toEqual([{ code: 'INVALID_REGEX', path: 'customTriggers[0].phrase' }]);
    });

    it("passes on the engine's message", () => {
      const result = compileTriggerMatcher([trigger('(unclosed', 'regex')]);

      expect(result.ok ? '' : result.error[0]?.message).toMatch(/at offset \d+/);
    });
  });

  describe('when limits are exceeded', () => {
    it('refuses more triggers than allowed, at the list', () => {
      const many = Array.from({ length: TRIGGER_LIMITS.maxTriggers + 1 }, (_, i) => trigger(`w${i}`));

      expect(issuesOf(many)).toEqual([{ code: 'LIMIT_EXCEEDED', path: 'customTriggers' }]);
    });

    it('accepts exactly the maximum', () => {
      const many = Array.from({ length: TRIGGER_LIMITS.maxTriggers }, (_, i) => trigger(`w${i}`));

      expect(issuesOf(many)).toEqual([]);
    });

    it.each([['word' as const], ['regex' as const]])('refuses a %s phrase longer than allowed', (mode) => {
      const long = 'a'.repeat(TRIGGER_LIMITS.maxPhraseLength + 1);

      expect(issuesOf([trigger(long, mode, 'long')])).toEqual([{ code: 'LIMIT_EXCEEDED', path: 'customTriggers[0].phrase' }]);
    });

    it('accepts an id of exactly the maximum length', () => {
      expect(issuesOf([trigger('refund', 'word', 'i'.repeat(TRIGGER_LIMITS.maxIdLength))])).toEqual([]);
    });

    it.each([
      ['one past the maximum', TRIGGER_LIMITS.maxIdLength + 1],
      ['100,000 characters', 100_000],
    ])('refuses an id of %s at the id, and still checks its phrase', (_label, length) => {
      const triggers = [trigger('refund', 'word', 'i'.repeat(length)), trigger('', 'word', 'b')];

      expect(issuesOf(triggers)).toEqual([
        { code: 'LIMIT_EXCEEDED', path: 'customTriggers[0].id' },
        { code: 'EMPTY_PHRASE', path: 'customTriggers[1].phrase' },
      ]);
    });
  });

  describe('when a field holds a wrong value', () => {
    it('reports INVALID_VALUE for an unknown mode', () => {
      const custom = { id: 'a', phrase: 'refund', mode: 'fuzzy' } as unknown as CustomTrigger;

      expect(issuesOf([custom])).toEqual([{ code: 'INVALID_VALUE', path: 'customTriggers[0].mode' }]);
    });

    it('reports INVALID_ID for a blank id', () => {
      expect(issuesOf([trigger('refund', 'word', ' ')])).toEqual([{ code: 'INVALID_ID', path: 'customTriggers[0].id' }]);
    });
  });

  describe('when several triggers are wrong', () => {
    it('reports them all under the given path', () => {
      const triggers = [trigger('ok'), trigger('', 'word', 'ok'), trigger('(', 'regex', 'r')];

      expect(issuesOf(triggers, '')).toEqual([
        { code: 'DUPLICATE_TRIGGER', path: '[1].id' },
        { code: 'EMPTY_PHRASE', path: '[1].phrase' },
        { code: 'INVALID_REGEX', path: '[2].phrase' },
      ]);
    });
  });
});
