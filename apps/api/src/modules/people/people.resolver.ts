import { Authorized, Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AGENTS, STAFF_AND_INTEGRATORS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { toGraphQLError } from '../../graphql/errors';
import { forbidden } from '../identity/auth-errors';
import { AgentAvailabilityType } from './dtos/agent-availability.type';
import { SetUserAvailabilityInput, SetUserAvailabilityPayload } from './dtos/set-user-availability.input';
import { TeamType } from './dtos/team.type';
import { UserType } from './dtos/user.type';
import { toAvailabilityChange, toTeamType, toUserType } from './people.mapper';

/** People, teams and availability. */
@Resolver(() => UserType)
export class UserResolver {
  @Authorized(STAFF_AND_INTEGRATORS)
  @Query(() => [UserType], { description: 'Everyone in the workspace.' })
  async users(@Ctx() ctx: ApiContext): Promise<UserType[]> {
    return (await ctx.services.people.listUsers(ctx.workspaceId)).map(toUserType);
  }

  @Authorized(STAFF_AND_INTEGRATORS)
  @Query(() => [AgentAvailabilityType], { description: 'Who can take work right now, and why not.' })
  async availability(@Ctx() ctx: ApiContext): Promise<AgentAvailabilityType[]> {
    return (await ctx.services.people.availability(ctx.workspaceId)).map((a) => ({ ...a, user: toUserType(a.user) }));
  }

  @Authorized(AGENTS)
  @Mutation(() => SetUserAvailabilityPayload, { description: 'Change a person’s presence, working hours or capacity.' })
  async setUserAvailability(@Arg('input') input: SetUserAvailabilityInput, @Ctx() ctx: ApiContext): Promise<SetUserAvailabilityPayload> {
    // Agents set their own availability only; admins anyone's.
    if (ctx.principal?.role === 'agent' && (ctx.principal.kind !== 'session' || ctx.principal.userId !== input.userId)) throw forbidden('Agents may change only their own availability');
    const result = await ctx.services.people.setAvailability(ctx.workspaceId, ctx.actor, toAvailabilityChange(input));
    if (!result.ok) throw toGraphQLError(result.error);
    return { user: toUserType(result.value) };
  }

  @FieldResolver(() => [TeamType])
  async teams(@Root() user: UserType, @Ctx() ctx: ApiContext): Promise<TeamType[]> {
    return (await ctx.loaders.people.teamsOfUser.load(user.id)).map(toTeamType);
  }

  @FieldResolver(() => Int, { description: 'Open tickets they own now.' })
  openTickets(@Root() user: UserType, @Ctx() ctx: ApiContext): Promise<number> {
    return ctx.loaders.people.openTicketsOfUser.load(user.id);
  }
}

/** Teams and their members. */
@Resolver(() => TeamType)
export class TeamResolver {
  @Authorized(STAFF_AND_INTEGRATORS)
  @Query(() => [TeamType], { description: 'Every team in the workspace.' })
  async teams(@Ctx() ctx: ApiContext): Promise<TeamType[]> {
    return (await ctx.services.people.listTeams(ctx.workspaceId)).map(toTeamType);
  }

  @FieldResolver(() => [UserType], { description: 'Members, in round-robin order.' })
  async members(@Root() team: TeamType, @Ctx() ctx: ApiContext): Promise<UserType[]> {
    return (await ctx.loaders.people.membersOfTeam.load(team.id)).map(toUserType);
  }
}
