import { pathIndex, pathProp } from '../shared/issue';
import { buildConditionTrace, buildGroupTrace } from './build-node-trace';
import { DEFAULT_FIELD_CATALOGUE, type FieldCatalogue } from './field-catalogue';
import { prepareCondition, testCondition } from './operators';
import { readField, resolveFieldAccessor } from './read-field';
import type { NodeTrace, RoutingDecision, RoutingExplanation, RuleTrace } from './routing-decision';
import type { RoutingFacts } from './routing-facts';
import { isGroup, type Action, type ConditionNode, type Rule, type RuleSet } from './rule-ast';

/**
 * The reference interpreter: a plain recursive walk of the AST that prepares every condition
 * afresh, caches nothing and reads every field where it is used. It is the specification the
 * compiled evaluator is property-tested against, and is not meant to be fast.
 */
export function evaluateRuleSetReference(
  ruleSet: RuleSet,
  facts: RoutingFacts,
  catalogue: FieldCatalogue = DEFAULT_FIELD_CATALOGUE,
): RoutingDecision {
  return explainRuleSetReference(ruleSet, facts, catalogue).decision;
}

/** The reference interpreter's decision plus its reasons, rule by rule and node by node. */
export function explainRuleSetReference(
  ruleSet: RuleSet,
  facts: RoutingFacts,
  catalogue: FieldCatalogue = DEFAULT_FIELD_CATALOGUE,
): RoutingExplanation {
  const traces: RuleTrace[] = [];
  const matched: Rule[] = [];
  let ended = false;
  ruleSet.rules.forEach((rule, ruleIndex) => {
    const trace = (status: RuleTrace['status'], nodes: readonly NodeTrace[]): RuleTrace => ({ ruleId: rule.id, ruleIndex, name: rule.name, status, nodes });
    if (!rule.enabled) return void traces.push(trace('disabled', []));
    if (ended) return void traces.push(trace('notReached', []));
    const nodes: NodeTrace[] = [];
    const result = evaluateNode(rule.when, pathProp(pathIndex('rules', ruleIndex), 'when'), facts, catalogue, nodes);
    traces.push(trace(result ? 'matched' : 'notMatched', nodes));
    if (!result) return;
    matched.push(rule);
    ended = ruleSet.hitPolicy === 'firstMatch' || rule.stop === true;
  });
  return { decision: decide(ruleSet.fallback, matched), rules: traces };
}

function decide(fallback: readonly Action[], matched: readonly Rule[]): RoutingDecision {
  if (matched.length === 0) return { matchedRuleIds: [], actions: fallback, usedFallback: true };
  return { matchedRuleIds: matched.map((r) => r.id), actions: matched.flatMap((r) => r.then), usedFallback: false };
}

function evaluateNode(node: ConditionNode, path: string, facts: RoutingFacts, catalogue: FieldCatalogue, nodes: NodeTrace[]): boolean {
  if (!isGroup(node)) {
    const accessor = resolveFieldAccessor(node.field, catalogue);
    const actual = readField(facts, accessor);
    const result = testCondition(prepareCondition(node, accessor), actual);
    nodes.push(buildConditionTrace(path, node, actual, result));
    return result;
  }
  const slot = nodes.length;
  const child = (prop: string) => (c: ConditionNode, i: number) => evaluateNode(c, pathIndex(pathProp(path, prop), i), facts, catalogue, nodes);
  let result: boolean;
  if ('all' in node) result = node.all.every(child('all'));
  else if ('any' in node) result = node.any.some(child('any'));
  else result = !evaluateNode(node.not, pathProp(path, 'not'), facts, catalogue, nodes);
  // Pre-order: the group's entry goes before its children's, which were recorded first.
  nodes.splice(slot, 0, buildGroupTrace(path, 'all' in node ? 'all' : 'any' in node ? 'any' : 'not', result));
  return result;
}
