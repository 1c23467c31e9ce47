import type { NodeTrace, RoutingExplanation } from '@handoff/domain';
import type { NodeTraceType, RoutingSimulationType } from './dtos/routing-simulation.type';
import { toRoutingActionType } from './rule-set.mapper';

const toNodeTraceType = (node: NodeTrace): NodeTraceType =>
  node.kind === 'group'
    ? { kind: node.kind, path: node.path, result: node.result, combinator: node.combinator, field: null, operator: null, expected: null, actual: null }
    : { kind: node.kind, path: node.path, result: node.result, combinator: null, field: node.field, operator: node.operator, expected: node.expected ?? null, actual: node.actual ?? null };

/** A domain explanation → the GraphQL trace shown by both simulators. */
export const toRoutingSimulationType = ({ decision, rules }: RoutingExplanation): RoutingSimulationType => ({
  decision: { matchedRuleIds: [...decision.matchedRuleIds], actions: decision.actions.map(toRoutingActionType), usedFallback: decision.usedFallback },
  rules: rules.map((r) => ({ ruleId: r.ruleId, ruleIndex: r.ruleIndex, name: r.name, status: r.status, nodes: r.nodes.map(toNodeTraceType) })),
});
