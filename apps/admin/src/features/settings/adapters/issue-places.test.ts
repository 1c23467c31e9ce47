import { errorText, issuesAt, leftoverIssues, mergeIssues, unplacedIssues } from './issue-places';

const at = (path: string, message = `bad ${path}`) => ({ code: 'INVALID_VALUE', path, message });

describe('issue-places', () => {
  describe('issuesAt', () => {
    it('takes the path itself and what lies below it, not look-alike siblings', () => {
      const issues = [at('customTriggers[1]'), at('customTriggers[1].phrase'), at('customTriggers[10].phrase'), at('messages')];
      expect(issuesAt(issues, 'customTriggers[1]').map((i) => i.path)).toEqual(['customTriggers[1]', 'customTriggers[1].phrase']);
    });
  });

  describe('leftoverIssues', () => {
    it('keeps what no placed field shows', () => {
      const issues = [at('assignment'), at('assignment.userIds[0]'), at('assignment.extra')];
      expect(leftoverIssues(issues, 'assignment', ['assignment.userIds']).map((i) => i.path)).toEqual(['assignment', 'assignment.extra']);
    });
  });

  describe('unplacedIssues', () => {
    it('keeps issues outside every shown section', () => {
      const issues = [at(''), at('surprise'), at('messages.teamAvailable'), at('unassignedBehaviour')];
      expect(unplacedIssues(issues).map((i) => i.path)).toEqual(['', 'surprise']);
      expect(unplacedIssues(issues, ['messages']).map((i) => i.path)).toEqual(['', 'surprise', 'unassignedBehaviour']);
    });
  });

  describe('errorText', () => {
    it('is undefined without issues', () => {
      expect(errorText([])).toBeUndefined();
    });

    it('capitalises, de-duplicates, and names other triggers as admins count them', () => {
      const text = errorText([at('a', 'same phrase and mode as customTriggers[0]'), at('a', 'same phrase and mode as customTriggers[0]'), at('a', 'too long')]);
      expect(text).toBe('Same phrase and mode as trigger 1. Too long');
    });

    it.each([
      ['published version 2.rules[0].then[1]: help desk only', 'Published version 2, rule 1, action 2: help desk only'],
      ['published version 1.fallback[0]: help desk only', 'Published version 1, fallback action 1: help desk only'],
    ])('names rule set places in words: %s', (message, expected) => {
      expect(errorText([at('assignment.ruleSetId', message)])).toBe(expected);
    });
  });

  describe('mergeIssues', () => {
    it('drops server issues that repeat a live one', () => {
      expect(mergeIssues([at('a', 'x')], [at('a', 'x'), at('b', 'y')])).toEqual([at('a', 'x'), at('b', 'y')]);
    });
  });
});
