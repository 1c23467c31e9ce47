import { compileRuleSet } from '../rules/compile-rule-set';
import type { FieldCatalogue } from '../rules/field-catalogue';
import { compileTriggerMatcher } from '../triggers/compile-trigger-matcher';
import type { CompiledHandoffPolicy } from './compiled-handoff-policy';
import type { HandoffPolicy } from './handoff-policy';

/**
 * Builds a policy's matcher and rule set once, for many decisions (the API caches the result
 * per policy version). The policy must come from `parseHandoffPolicy`: triggers it would have
 * rejected are a bug in the caller, and throw.
 */
export function compileHandoffPolicy(policy: HandoffPolicy, catalogue?: FieldCatalogue): CompiledHandoffPolicy {
  const matcher = compileTriggerMatcher(policy.customTriggers);
  if (!matcher.ok) {
    throw new Error(`compileHandoffPolicy: unparsed custom triggers: ${matcher.error.map((i) => `${i.path} ${i.code}`).join('; ')}`);
  }
  const triggers = matcher.value;
  const { assignment } = policy;
  const rules = assignment.mode === 'conditionRouting' ? compileRuleSet(assignment.ruleSet, catalogue) : null;
  return {
    policy,
    matchTriggers: (message) => triggers.match(message),
    explainRouting: rules ? (facts) => rules.explain(facts) : null,
  };
}
