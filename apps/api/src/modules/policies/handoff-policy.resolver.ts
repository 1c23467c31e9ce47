import { Authorized, Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { ADMINS, INTEGRATORS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { toGraphQLError } from '../../graphql/errors';
import { TOPICS, type EventDelivery } from '../../graphql/pubsub';
import { encodeEventCursor } from '../outbox/event-cursor';
import { openSubscription, RESUME_DOCS } from '../outbox/open-subscription';
import { TeamType } from '../people/dtos/team.type';
import { UserType } from '../people/dtos/user.type';
import { toTeamType, toUserType } from '../people/people.mapper';
import { RoutingRuleSetType } from '../rule-sets/dtos/routing-rule-set.type';
import { toRoutingRuleSetType } from '../rule-sets/rule-set.mapper';
import type { ConfigurationChange } from './configuration-events';
import { ConfigurationChangeType } from './dtos/configuration-changed.type';
import { HandoffAssignmentType, HandoffPolicyType } from './dtos/handoff-policy.type';
import { UpdateHandoffPolicyInput, UpdateHandoffPolicyPayload } from './dtos/update-handoff-policy.input';
import { toHandoffPolicyType } from './handoff-policy.mapper';

/** The handoff policy and live configuration changes. */
@Resolver(() => HandoffPolicyType)
export class HandoffPolicyResolver {
  @Authorized(INTEGRATORS)
  @Query(() => HandoffPolicyType, { nullable: true, description: 'The workspace’s handoff policy; null before one is set up.' })
  async handoffPolicy(@Ctx() ctx: ApiContext): Promise<HandoffPolicyType | null> {
    const view = await ctx.services.handoffPolicy.get(ctx.workspaceId);
    if (!view.ok) throw toGraphQLError(view.error);
    return view.value ? toHandoffPolicyType(view.value) : null;
  }

  @Authorized(ADMINS)
  @Mutation(() => UpdateHandoffPolicyPayload, { description: 'Replace the policy; CONFLICT (with currentVersion) when someone else saved first.' })
  async updateHandoffPolicy(@Arg('input') input: UpdateHandoffPolicyInput, @Ctx() ctx: ApiContext): Promise<UpdateHandoffPolicyPayload> {
    const result = await ctx.services.handoffPolicy.update({ workspaceId: ctx.workspaceId, actor: ctx.actor }, input.expectedVersion, input.policy);
    if (!result.ok) throw toGraphQLError(result.error);
    return { policy: toHandoffPolicyType(result.value) };
  }

  @Authorized(INTEGRATORS)
  @Subscription(() => ConfigurationChangeType, {
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, ApiContext>) =>
      openSubscription(context.services.events, { workspaceId: context.workspaceId, topic: TOPICS.configurationChanged, after: args.after }),
    description: 'The policy or a rule set changed: reload it (another admin may be editing). Resumable with `after`.',
  })
  configurationChanged(
    @Root() event: EventDelivery<ConfigurationChange>,
    @Arg('after', () => String, { nullable: true, description: RESUME_DOCS.after }) _after?: string,
  ): ConfigurationChangeType {
    return { ...event.payload, cursor: encodeEventCursor(event) };
  }
}

/** People and rule set behind an assignment, batched through the request's loaders. */
@Resolver(() => HandoffAssignmentType)
export class HandoffAssignmentResolver {
  @FieldResolver(() => [UserType], { nullable: true })
  async users(@Root() assignment: HandoffAssignmentType, @Ctx() ctx: ApiContext): Promise<UserType[] | null> {
    if (!assignment.userIds) return null;
    const users = await ctx.loaders.people.userById.loadMany(assignment.userIds);
    return users.flatMap((u) => (u && !(u instanceof Error) ? [toUserType(u)] : []));
  }

  @FieldResolver(() => [TeamType], { nullable: true })
  async teams(@Root() assignment: HandoffAssignmentType, @Ctx() ctx: ApiContext): Promise<TeamType[] | null> {
    if (!assignment.teamIds) return null;
    const teams = await ctx.loaders.people.teamById.loadMany(assignment.teamIds);
    return teams.flatMap((t) => (t && !(t instanceof Error) ? [toTeamType(t)] : []));
  }

  @FieldResolver(() => RoutingRuleSetType, { nullable: true })
  async ruleSet(@Root() assignment: HandoffAssignmentType, @Ctx() ctx: ApiContext): Promise<RoutingRuleSetType | null> {
    if (!assignment.ruleSetId) return null;
    const row = await ctx.services.ruleSets.find(ctx.workspaceId, assignment.ruleSetId);
    return row ? toRoutingRuleSetType(row) : null;
  }
}
