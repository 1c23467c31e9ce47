import { DEFAULT_FIELD_CATALOGUE, type FieldCatalogue } from './field-catalogue';
import { generateEvaluatorSource, type EvaluatorMode, type PrecomputedDecisions } from './generate-evaluator-source';
import { createRuleTraceBuilder } from './create-rule-trace-builder';
import { foldValue, hasAllItems, hasAnyItem } from './operators';
import { planRuleSet, type RuleSetPlan } from './plan-rule-set';
import { readField } from './read-field';
import type { RoutingDecision, RoutingExplanation, RuleTrace } from './routing-decision';
import type { RoutingFacts } from './routing-facts';
import type { Action, RuleSet } from './rule-ast';

/**
 * A rule set turned into code: the same answers as `evaluateRuleSetReference`, much faster.
 * Results share frozen parts between calls (decisions, traces that recur), so treat them as
 * immutable. Calls are synchronous and reuse scratch buffers: do not call back into the same
 * compiled set from inside a getter of the facts.
 */
export interface CompiledRuleSet {
  /** The decision for one set of facts. */
  evaluate(facts: RoutingFacts): RoutingDecision;
  /** The decision plus, for every rule, its status and the nodes evaluated, in pre-order. */
  explain(facts: RoutingFacts): RoutingExplanation;
}

type BuiltEvaluator = (facts: RoutingFacts, out: Int32Array | RuleTrace[]) => unknown;

// The generated code calls these by name; see generate-evaluator-source.ts.
const HELPERS = { readField, foldValue, hasAnyItem, hasAllItems };

/**
 * Compiles a validated rule set (from `parseRuleSet`) into a JavaScript function. The traced
 * variant behind `explain` is generated on its first use. A rule set that would not pass the
 * parser (an unknown field, a malformed value) is a bug, so it throws.
 */
export function compileRuleSet(ruleSet: RuleSet, catalogue: FieldCatalogue = DEFAULT_FIELD_CATALOGUE): CompiledRuleSet {
  const plan = planRuleSet(ruleSet, catalogue);
  const decisions = precomputeDecisions(ruleSet);
  const evaluator = buildEvaluator(plan, 'decide', decisions);
  const matches = new Int32Array(plan.rules.length);
  const evaluate =
    ruleSet.hitPolicy === 'firstMatch'
      ? (facts: RoutingFacts) => evaluator(facts, matches) as RoutingDecision
      : (facts: RoutingFacts) => collectDecision(decisions, matches, evaluator(facts, matches) as number);

  let explainer: ((facts: RoutingFacts) => RoutingExplanation) | undefined;
  const explain = (facts: RoutingFacts): RoutingExplanation => (explainer ??= createExplain(plan, decisions))(facts);
  return { evaluate, explain };
}

/** The generated source for a rule set, for tests that inspect it (e.g. that no rule value appears in it). */
export function generateRuleSetSourceForTesting(ruleSet: RuleSet, mode: EvaluatorMode, catalogue: FieldCatalogue = DEFAULT_FIELD_CATALOGUE): string {
  const plan = planRuleSet(ruleSet, catalogue);
  return generateEvaluatorSource(plan, mode, precomputeDecisions(ruleSet), createRuleTraceBuilder(plan).firstConditionMemos).source;
}

function createExplain(plan: RuleSetPlan, decisions: PrecomputedDecisions): (facts: RoutingFacts) => RoutingExplanation {
  const traces = createRuleTraceBuilder(plan);
  const matched = new Int32Array(plan.rules.length);
  const helpers = { entries: traces.entries, matched, finishRule: traces.finishRule, memoSlot: traces.memoSlot };
  const run = buildEvaluator(plan, 'trace', decisions, helpers, traces.firstConditionMemos);
  return (facts) => {
    traces.begin(facts);
    const rules = traces.idleTraces.slice();
    const count = run(facts, rules) as number;
    traces.end();
    return { decision: collectDecision(decisions, matched, count), rules };
  };
}

function buildEvaluator(
  plan: RuleSetPlan,
  mode: EvaluatorMode,
  decisions: PrecomputedDecisions,
  extra: object = {},
  traceMemos?: readonly unknown[],
): BuiltEvaluator {
  const { source, constants } = generateEvaluatorSource(plan, mode, decisions, traceMemos);
  // Safe: the source holds no data from the rule set; see generateEvaluatorSource.
  return new Function('k', 'h', source)(constants, { ...HELPERS, ...extra }) as BuiltEvaluator;
}

function precomputeDecisions(ruleSet: RuleSet): PrecomputedDecisions {
  const byRule = ruleSet.rules.map((rule) => (rule.enabled ? freezeDeep({ matchedRuleIds: [rule.id], actions: rule.then, usedFallback: false }) : undefined));
  return { byRule, fallback: freezeDeep({ matchedRuleIds: [], actions: ruleSet.fallback, usedFallback: true }) };
}

function collectDecision(decisions: PrecomputedDecisions, matched: ArrayLike<number>, count: number): RoutingDecision {
  if (count === 0) return decisions.fallback;
  if (count === 1) return decisions.byRule[matched[0] as number] as RoutingDecision;
  const matchedRuleIds: string[] = [];
  const actions: Action[] = [];
  for (let i = 0; i < count; i++) {
    const decision = decisions.byRule[matched[i] as number] as RoutingDecision;
    matchedRuleIds.push(...decision.matchedRuleIds);
    actions.push(...decision.actions);
  }
  return { matchedRuleIds, actions, usedFallback: false };
}

/** A deep copy, frozen, so shared decisions cannot be changed through one caller's hands. */
function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const copy = Array.isArray(value) ? value.map(freezeDeep) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, freezeDeep(v)]));
  return Object.freeze(copy) as T;
}
