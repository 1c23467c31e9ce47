// The public entry of @handoff/domain. Apps import from here only, never from src/ paths.

// Shared
export * from './shared/result';
export * from './shared/issue';
export * from './shared/normalize-text';

// The rule language and its evaluators
export * from './rules/rule-ast';
export * from './rules/rule-limits';
export * from './rules/field-catalogue';
export * from './rules/operator-catalogue';
export * from './rules/routing-facts';
export * from './rules/routing-decision';
export { parseRuleSet } from './rules/parse-rule-set';
export { isIsoDateTime } from './rules/is-iso-date-time';
export { compileRuleSet, type CompiledRuleSet } from './rules/compile-rule-set';
export { evaluateRuleSetReference, explainRuleSetReference } from './rules/evaluate-rule-set-reference';

// Safe regular expressions
export * from './safe-regex/safe-regex';
export { compileSafeRegex } from './safe-regex/compile-safe-regex';

// Triggers
export * from './triggers/trigger-types';
export { compileTriggerMatcher, type TriggerMatcher } from './triggers/compile-trigger-matcher';
export { detectHumanRequest, matchHumanRequests } from './triggers/detect-human-request';
export { normalizeForMatching, type NormalizedMessage } from './triggers/normalize-for-matching';
export { stemOf } from './triggers/stem-of';
export { TRIGGER_LIMITS } from './triggers/trigger-limits';

// Availability and assignment
export * from './assignment/availability';
export * from './assignment/is-agent-available';
export * from './assignment/is-within-working-hours';
export * from './assignment/validate-working-hours';
export * from './assignment/pick-assignee';
export * from './assignment/build-assignee-pool';
export { isValidTimeZone } from './assignment/read-local-time';

// The handoff decision
export * from './handoff/handoff-policy';
export * from './handoff/handoff-event';
export * from './handoff/handoff-decision';
export { parseHandoffPolicy, MESSAGES_USED_BY_PROCESS } from './handoff/parse-handoff-policy';
export { POLICY_LIMITS } from './handoff/policy-limits';
export { createDefaultHandoffPolicy, DEFAULT_HANDOFF_MESSAGES } from './handoff/create-default-handoff-policy';
export { compileHandoffPolicy } from './handoff/compile-handoff-policy';
export type { CompiledHandoffPolicy } from './handoff/compiled-handoff-policy';
export { completeHandoff, decideHandoff, screenHandoff } from './handoff/decide-handoff';
export { prefixIssues } from './shared/read-input';
