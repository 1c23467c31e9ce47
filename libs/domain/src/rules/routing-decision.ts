import type { Action, Operator } from './rule-ast';

/** What a rule set decided for one set of facts. */
export interface RoutingDecision {
  /** Ids of the rules that matched and contributed actions, in order (at most one under first-match). */
  readonly matchedRuleIds: readonly string[];
  /** The actions to apply, in order: the matched rules' `then`s, or the fallback. */
  readonly actions: readonly Action[];
  /** True when no enabled rule matched and the fallback was used. */
  readonly usedFallback: boolean;
}

/** One evaluated condition: what was read, what it was compared with, and the outcome. */
export interface ConditionTrace {
  readonly kind: 'condition';
  /** Path of the condition in the rule set, e.g. `rules[2].when.all[0]`. */
  readonly path: string;
  readonly field: string;
  readonly operator: Operator;
  /** The value from the rule (absent for isSet / isNotSet). */
  readonly expected?: unknown;
  /** The value read from the facts (undefined when the field is not set). */
  readonly actual: unknown;
  readonly result: boolean;
}

/** One evaluated group (`all`, `any`, `not`) and its outcome. */
export interface GroupTrace {
  readonly kind: 'group';
  readonly path: string;
  readonly combinator: 'all' | 'any' | 'not';
  readonly result: boolean;
}

/** A node of the trace. Only evaluated nodes appear: short-circuited ones are absent. */
export type NodeTrace = ConditionTrace | GroupTrace;

/**
 * What happened to one rule: `disabled` (skipped by the admin), `notReached` (an earlier rule
 * won, or a `stop` rule ended evaluation), `matched` or `notMatched`.
 */
export interface RuleTrace {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly name: string;
  readonly status: 'disabled' | 'notReached' | 'matched' | 'notMatched';
  /** The evaluated nodes of the rule's `when`, in evaluation order (pre-order: a group precedes its children). */
  readonly nodes: readonly NodeTrace[];
}

/** A decision plus the reasons for it, rule by rule and condition by condition. */
export interface RoutingExplanation {
  readonly decision: RoutingDecision;
  readonly rules: readonly RuleTrace[];
}
