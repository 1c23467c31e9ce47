import type { NodeTrace, RoutingExplanation } from '@handoff/domain';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context';
import { toGraphQLError } from '../../graphql/errors';
import { RoutingSimulationType, SimulateRoutingInput, type NodeTraceType } from './dtos/routing-simulation.type';
import { toRoutingActionType } from './rule-set.mapper';

const toNodeTraceType = (node: NodeTrace): NodeTraceType =>
  node.kind === 'group'
    ? { kind: node.kind, path: node.path, result: node.result, combinator: node.combinator, field: null, operator: null, expected: null, actual: null }
    : { kind: node.kind, path: node.path, result: node.result, combinator: null, field: node.field, operator: node.operator, expected: node.expected ?? null, actual: node.actual ?? null };

const toRoutingSimulationType = ({ decision, rules }: RoutingExplanation): RoutingSimulationType => ({
  decision: { matchedRuleIds: [...decision.matchedRuleIds], actions: decision.actions.map(toRoutingActionType), usedFallback: decision.usedFallback },
  rules: rules.map((r) => ({ ruleId: r.ruleId, ruleIndex: r.ruleIndex, name: r.name, status: r.status, nodes: r.nodes.map(toNodeTraceType) })),
});

/** Dry runs of routing for the admin's "test this rule set" panel. */
@Resolver()
export class RoutingSimulationResolver {
  @Query(() => RoutingSimulationType, { description: 'Run a rule set (draft or published) against sample facts and explain the decision. Changes nothing.' })
  async simulateRouting(@Arg('input') input: SimulateRoutingInput, @Ctx() ctx: ApiContext): Promise<RoutingSimulationType> {
    const result = await ctx.services.routingSimulation.simulate(ctx.workspaceId, input.ruleSetId, input.source, input.facts);
    if (!result.ok) throw toGraphQLError(result.error);
    return toRoutingSimulationType(result.value);
  }
}
