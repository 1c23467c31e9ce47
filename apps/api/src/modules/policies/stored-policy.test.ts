import { createDefaultHandoffPolicy, POLICY_LIMITS, RULE_SET_FORMAT_VERSION } from '@handoff/domain';
import { parseStoredPolicy, resolveStoredPolicy, UNPUBLISHED_RULE_SET } from './stored-policy';

const base = createDefaultHandoffPolicy({ teamIds: ['team-1'] });
const routed = { ...base, assignment: { mode: 'conditionRouting', ruleSetId: 'rs-1', strategy: 'leastLoaded' } };

describe('parseStoredPolicy', () => {
  describe('when the policy routes to one destination', () => {
    it('returns it as the domain parser does', () => {
      expect(parseStoredPolicy(base)).toEqual({ ok: true, value: base });
    });
  });

  describe('when the policy routes by conditions', () => {
    it('keeps the rule set id and the strategy', () => {
      expect(parseStoredPolicy(routed)).toEqual({ ok: true, value: routed });
    });

    it.each([
      ['missing', undefined, 'MISSING_PROPERTY'],
      ['blank', '  ', 'INVALID_TYPE'],
      ['not a string', 42, 'INVALID_TYPE'],
      ['too long', 'r'.repeat(POLICY_LIMITS.maxIdLength + 1), 'LIMIT_EXCEEDED'],
    ])('reports a %s rule set id at assignment.ruleSetId', (_label, ruleSetId, code) => {
      const result = parseStoredPolicy({ ...routed, assignment: { ...routed.assignment, ruleSetId } });
      expect(result).toEqual({ ok: false, error: [expect.objectContaining({ code, path: 'assignment.ruleSetId' })] });
    });

    it('refuses an embedded rule set: rule sets are edited on their own', () => {
      const result = parseStoredPolicy({ ...routed, assignment: { ...routed.assignment, ruleSet: UNPUBLISHED_RULE_SET } });
      expect(result).toEqual({ ok: false, error: [expect.objectContaining({ code: 'UNKNOWN_PROPERTY', path: 'assignment.ruleSet' })] });
    });

    it('still reports the policy’s own issues with their paths', () => {
      const result = parseStoredPolicy({ ...routed, process: 'later', assignment: { ...routed.assignment, strategy: 'random' } });
      expect(result.ok ? [] : result.error.map((i) => i.path).sort()).toEqual(['assignment.strategy', 'process']);
    });
  });
});

describe('resolveStoredPolicy', () => {
  const published = { formatVersion: RULE_SET_FORMAT_VERSION, hitPolicy: 'collectAll', rules: [], fallback: [{ type: 'setPriority', priority: 'high' }] } as const;
  const stored = parseStoredPolicy(routed);
  if (!stored.ok) throw new Error('fixture');

  it('substitutes the published rule set for the id', () => {
    expect(resolveStoredPolicy(stored.value, published).assignment).toEqual({ mode: 'conditionRouting', ruleSet: published, strategy: 'leastLoaded' });
  });

  it('routes with no rules and an empty fallback when nothing was published, so tickets stay unassigned', () => {
    expect(resolveStoredPolicy(stored.value, null).assignment).toEqual({ mode: 'conditionRouting', ruleSet: UNPUBLISHED_RULE_SET, strategy: 'leastLoaded' });
  });
});
