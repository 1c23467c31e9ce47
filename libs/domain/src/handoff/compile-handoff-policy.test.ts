import type { AvailabilitySnapshot } from '../assignment/availability';
import { compileHandoffPolicy } from './compile-handoff-policy';
import type { CompiledHandoffPolicy } from './compiled-handoff-policy';
import { createDefaultHandoffPolicy } from './create-default-handoff-policy';
import { decideHandoff } from './decide-handoff';
import type { HandoffPolicy } from './handoff-policy';

const POLICY = createDefaultHandoffPolicy({ teamIds: ['support'] });
const WORLD: AvailabilitySnapshot = { now: 0, agents: [], teams: [], roundRobinCursors: {} };

describe('compileHandoffPolicy', () => {
  describe('when the policy is valid', () => {
    it('matches custom triggers and routes by the compiled rule set', () => {
      const policy: HandoffPolicy = {
        ...POLICY,
        customTriggers: [{ id: 'refund', phrase: 'refund', mode: 'word' }],
        assignment: { mode: 'conditionRouting', strategy: 'roundRobin', ruleSet: { formatVersion: 1, hitPolicy: 'firstMatch', rules: [], fallback: [] } },
      };

      const compiled = compileHandoffPolicy(policy);

      expect(compiled.matchTriggers('Refund please').map((m) => m.triggerId)).toEqual(['refund']);
      expect(compiled.explainRouting?.({}).decision).toEqual({ matchedRuleIds: [], actions: [], usedFallback: true });
    });

    it('builds no rule set for the same destination', () => {
      expect(compileHandoffPolicy(POLICY).explainRouting).toBeNull();
    });
  });

  describe('when the policy did not come from the parser', () => {
    it('throws on triggers the parser would have rejected', () => {
      const policy: HandoffPolicy = { ...POLICY, customTriggers: [{ id: 'x', phrase: '   ', mode: 'word' }] };

      expect(() => compileHandoffPolicy(policy)).toThrow(/customTriggers\[0\]\.phrase EMPTY_PHRASE/);
    });

    it('throws when condition routing has no compiled rule set (a hand-built compiled policy)', () => {
      const broken: CompiledHandoffPolicy = {
        ...compileHandoffPolicy(POLICY),
        policy: { ...POLICY, assignment: { mode: 'conditionRouting', strategy: 'roundRobin', ruleSet: { formatVersion: 1, hitPolicy: 'firstMatch', rules: [], fallback: [] } } },
      };

      expect(() => decideHandoff(broken, { signals: { agentPaused: true }, conversation: { id: 'c', channel: 'chat' } }, WORLD)).toThrow(/without a compiled rule set/);
    });
  });
});
