import type { Issue } from '@handoff/domain';
import { issueMessage, pathBelow, valueAtPath, visibleIssues } from './issue-messages';

const issue = (code: Issue['code'], path: string, message: string): Issue => ({ code, path, message });

describe('issue messages', () => {
  describe('when a control was left empty', () => {
    it.each([
      [issue('UNKNOWN_FIELD', 'rules[0].when.field', 'unknown field ""'), undefined, 'Choose a field.'],
      [issue('INVALID_VALUE', 'rules[0].then[0].teamId', 'teamId must be a non-empty string'), '', 'Choose a team.'],
      [issue('EMPTY_GROUP', 'rules[0].when.all', 'all needs at least one node'), undefined, 'Add at least one condition.'],
      [issue('INVALID_VALUE', 'rules[0].when.value', 'expected a finite number'), '', 'A value is missing.'],
    ])('asks for it: %o', (given, value, expected) => {
      expect(issueMessage(given, value)).toBe(expected);
    });
  });

  describe('when the value is there but wrong', () => {
    it("keeps the parser's explanation as a sentence", () => {
      expect(issueMessage(issue('INVALID_VALUE', 'rules[0].when.value', 'expected a finite number'), 'x')).toBe('Expected a finite number.');
    });
  });

  describe('when a condition has neither field nor operator', () => {
    it('reports only the missing field', () => {
      const issues = [issue('UNKNOWN_FIELD', 'rules[0].when.all[0].field', 'unknown field ""'), issue('UNKNOWN_OPERATOR', 'rules[0].when.all[0].operator', 'unknown operator ""')];
      expect(visibleIssues(issues)).toEqual([issues[0]]);
    });
  });

  describe('when reading paths', () => {
    it('finds the value at an issue path and the part of a path below a prefix', () => {
      expect(valueAtPath({ rules: [{ when: { all: [{ value: ['a', 'b'] }] } }] }, 'rules[0].when.all[0].value[1]')).toBe('b');
      expect(valueAtPath({ rules: [] }, 'rules[3].name')).toBeUndefined();
      expect(pathBelow('rules[0].when.all[1]', 'rules[0].when')).toBe('all[1]');
      expect(pathBelow('rules[0].then[2].teamId', 'rules[0].then')).toBe('[2].teamId');
      expect(pathBelow('rules[10].name', 'rules[1]')).toBeUndefined();
    });
  });
});
