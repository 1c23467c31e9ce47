import { Authorized, Arg, Ctx, FieldResolver, Mutation, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { INTEGRATORS, STAFF_AND_INTEGRATORS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { clearLoaders } from '../../graphql/clear-loaders';
import { toGraphQLError } from '../../graphql/errors';
import { TOPICS, type EventDelivery } from '../../graphql/pubsub';
import { encodeEventCursor } from '../outbox/event-cursor';
import { openSubscription, RESUME_DOCS } from '../outbox/open-subscription';
import { toConversationType, toMessageType } from '../conversations/conversations.mapper';
import { ConversationType } from '../conversations/dtos/conversation.type';
import { TeamType } from '../people/dtos/team.type';
import { UserType } from '../people/dtos/user.type';
import { toTeamType, toUserType } from '../people/people.mapper';
import { TicketType } from '../tickets/dtos/ticket.type';
import { toTicketType } from '../tickets/tickets.mapper';
import { ConversationHandedOffType, HandoffResultType, PostVisitorMessagePayload, ReportAgentSignalPayload } from './dtos/handoff-result.type';
import { PostVisitorMessageInput, ReportAgentSignalInput } from './dtos/post-visitor-message.input';
import type { FlowOutcome } from './handoff-flow.service';
import type { ConversationHandedOffEvent } from './handoff-events';
import { toAgentSignalCommand, toConversationHandedOffType, toHandoffResultType, toVisitorMessageCommand } from './handoff.mapper';

function toPayload(outcome: FlowOutcome, ctx: ApiContext) {
  // The flow already has the ticket: prime the loader so `handoff { ticket }` costs no query.
  if (outcome.ticket) ctx.loaders.tickets.ticketById.prime(outcome.ticket.id, outcome.ticket);
  return {
    conversation: toConversationType(outcome.conversation),
    handoff: toHandoffResultType(outcome.handoff),
    botMessage: outcome.botMessage ? toMessageType(outcome.botMessage) : null,
  };
}

/** The handoff flow's entry points and its live event. */
@Resolver()
export class HandoffResolver {
  @Authorized(INTEGRATORS)
  @Mutation(() => PostVisitorMessagePayload, { description: 'A visitor wrote to the AI agent; hands off when a trigger fires.' })
  async postVisitorMessage(@Arg('input') input: PostVisitorMessageInput, @Ctx() ctx: ApiContext): Promise<PostVisitorMessagePayload> {
    const result = await ctx.services.handoff.postVisitorMessage(ctx.workspaceId, toVisitorMessageCommand(input));
    if (!result.ok) throw toGraphQLError(result.error);
    const { message } = result.value;
    if (!message) throw new Error('postVisitorMessage returned no message');
    return { ...toPayload(result.value, ctx), message: toMessageType(message) };
  }

  @Authorized(INTEGRATORS)
  @Mutation(() => ReportAgentSignalPayload, { description: 'The AI agent cannot answer, paused, or heard the visitor ask for a person.' })
  async reportAgentSignal(@Arg('input') input: ReportAgentSignalInput, @Ctx() ctx: ApiContext): Promise<ReportAgentSignalPayload> {
    const result = await ctx.services.handoff.reportAgentSignal(ctx.workspaceId, toAgentSignalCommand(input));
    if (!result.ok) throw toGraphQLError(result.error);
    return toPayload(result.value, ctx);
  }

  @Authorized(STAFF_AND_INTEGRATORS)
  @Subscription(() => ConversationHandedOffType, {
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, ApiContext>) =>
      openSubscription(context.services.events, { workspaceId: context.workspaceId, topic: TOPICS.conversationHandedOff, after: args.after }),
    description: 'A conversation was handed to people. Resumable: reconnect with `after` and miss nothing.',
  })
  conversationHandedOff(
    @Root() event: EventDelivery<ConversationHandedOffEvent>,
    @Ctx() ctx: ApiContext,
    @Arg('after', () => String, { nullable: true, description: RESUME_DOCS.after }) _after?: string,
  ): ConversationHandedOffType {
    clearLoaders(ctx.loaders);
    return toConversationHandedOffType(event.payload, encodeEventCursor(event));
  }
}

/** Whom and what a handoff result names. */
@Resolver(() => HandoffResultType)
export class HandoffResultResolver {
  @FieldResolver(() => TicketType, { nullable: true })
  async ticket(@Root() result: HandoffResultType, @Ctx() ctx: ApiContext): Promise<TicketType | null> {
    const ticket = result.ticketId ? await ctx.loaders.tickets.ticketById.load(result.ticketId) : null;
    return ticket ? toTicketType(ticket) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  async assignee(@Root() result: HandoffResultType, @Ctx() ctx: ApiContext): Promise<UserType | null> {
    const user = result.assigneeId ? await ctx.loaders.people.userById.load(result.assigneeId) : null;
    return user ? toUserType(user) : null;
  }

  @FieldResolver(() => TeamType, { nullable: true })
  async team(@Root() result: HandoffResultType, @Ctx() ctx: ApiContext): Promise<TeamType | null> {
    const team = result.teamId ? await ctx.loaders.people.teamById.load(result.teamId) : null;
    return team ? toTeamType(team) : null;
  }
}

/** The conversation and people a handed-off event names. */
@Resolver(() => ConversationHandedOffType)
export class ConversationHandedOffResolver {
  @FieldResolver(() => ConversationType, { nullable: true })
  async conversation(@Root() event: ConversationHandedOffType, @Ctx() ctx: ApiContext): Promise<ConversationType | null> {
    const conversation = await ctx.loaders.conversations.conversationById.load(event.conversationId);
    return conversation ? toConversationType(conversation) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  async assignee(@Root() event: ConversationHandedOffType, @Ctx() ctx: ApiContext): Promise<UserType | null> {
    const user = event.assigneeId ? await ctx.loaders.people.userById.load(event.assigneeId) : null;
    return user ? toUserType(user) : null;
  }
}
