// The public entry of @handoff/domain. Apps import from here only, never from src/ paths.
export * from './shared/result';
export * from './shared/issue';
export * from './shared/normalize-text';
export * from './rules/rule-ast';
export * from './rules/rule-limits';
export * from './rules/field-catalogue';
export * from './rules/operator-catalogue';
export * from './rules/routing-facts';
export * from './rules/routing-decision';
export * from './safe-regex/safe-regex';
export * from './triggers/trigger-types';
export * from './assignment/availability';
export * from './handoff/handoff-policy';
