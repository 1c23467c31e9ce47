import { Authorized, Arg, Ctx, Query, Resolver } from 'type-graphql';
import { INTEGRATORS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { toGraphQLError } from '../../graphql/errors';
import { HandoffSimulationType } from './dtos/handoff-simulation.type';
import { SimulateHandoffInput } from './dtos/simulate-handoff.input';
import { toHandoffSimulationCommand, toHandoffSimulationType } from './handoff-simulation.mapper';

/** The admin's "what would happen if a visitor wrote this" panel. */
@Resolver()
export class HandoffSimulationResolver {
  @Authorized(INTEGRATORS)
  @Query(() => HandoffSimulationType, {
    description: 'Run a visitor turn through triggers, the policy (stored or a draft), routing and assignment, and explain the outcome. Changes nothing.',
  })
  async simulateHandoff(@Arg('input') input: SimulateHandoffInput, @Ctx() ctx: ApiContext): Promise<HandoffSimulationType> {
    const result = await ctx.services.handoffSimulation.simulate(ctx.workspaceId, toHandoffSimulationCommand(input));
    if (!result.ok) throw toGraphQLError(result.error);
    return toHandoffSimulationType(result.value, ctx.loaders.people);
  }
}
