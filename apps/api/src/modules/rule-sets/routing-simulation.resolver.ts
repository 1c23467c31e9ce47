import { Authorized, Arg, Ctx, Query, Resolver } from 'type-graphql';
import { INTEGRATORS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { toGraphQLError } from '../../graphql/errors';
import { RoutingSimulationType, SimulateRoutingInput } from './dtos/routing-simulation.type';
import { toRoutingSimulationType } from './routing-simulation.mapper';

/** Dry runs of routing for the admin's "test this rule set" panel. */
@Resolver()
export class RoutingSimulationResolver {
  @Authorized(INTEGRATORS)
  @Query(() => RoutingSimulationType, { description: 'Run a rule set (draft or published) against sample facts and explain the decision. Changes nothing.' })
  async simulateRouting(@Arg('input') input: SimulateRoutingInput, @Ctx() ctx: ApiContext): Promise<RoutingSimulationType> {
    const result = await ctx.services.routingSimulation.simulate(ctx.workspaceId, input.ruleSetId, input.source, input.facts);
    if (!result.ok) throw toGraphQLError(result.error);
    return toRoutingSimulationType(result.value);
  }
}
