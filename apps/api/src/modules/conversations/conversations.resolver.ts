import { Authorized, Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { STAFF_AND_INTEGRATORS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { toGraphQLError } from '../../graphql/errors';
import { encodeCursor } from '../../graphql/keyset-cursor';
import { TeamType } from '../people/dtos/team.type';
import { UserType } from '../people/dtos/user.type';
import { toTeamType, toUserType } from '../people/people.mapper';
import { TicketType } from '../tickets/dtos/ticket.type';
import { toTicketType } from '../tickets/tickets.mapper';
import { toConversationType, toMessageType } from './conversations.mapper';
import { ConversationsArgs } from './dtos/conversations.args';
import { ConversationConnectionType, ConversationType, MessageType } from './dtos/conversation.type';

/** Conversations and their messages. */
@Resolver(() => ConversationType)
export class ConversationResolver {
  @Authorized(STAFF_AND_INTEGRATORS)
  @Query(() => ConversationConnectionType, { description: 'Conversations, newest first.' })
  async conversations(@Args() args: ConversationsArgs, @Ctx() ctx: ApiContext): Promise<ConversationConnectionType> {
    const result = await ctx.services.conversations.list(ctx.workspaceId, args.status ?? undefined, args.first, args.after ?? null);
    if (!result.ok) throw toGraphQLError(result.error);
    const edges = result.value.rows.map((c) => ({ cursor: encodeCursor(c), node: toConversationType(c) }));
    return { edges, pageInfo: { hasNextPage: result.value.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(STAFF_AND_INTEGRATORS)
  @Query(() => ConversationType, { nullable: true })
  async conversation(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ConversationType | null> {
    const conversation = await ctx.services.conversations.get(ctx.workspaceId, id);
    return conversation ? toConversationType(conversation) : null;
  }

  @FieldResolver(() => [MessageType], { description: 'Oldest first.' })
  async messages(@Root() conversation: ConversationType, @Ctx() ctx: ApiContext): Promise<MessageType[]> {
    return (await ctx.loaders.conversations.messagesOfConversation.load(conversation.id)).map(toMessageType);
  }

  @FieldResolver(() => [TicketType], { description: 'Tickets the conversation was handed off into.' })
  async tickets(@Root() conversation: ConversationType, @Ctx() ctx: ApiContext): Promise<TicketType[]> {
    return (await ctx.loaders.tickets.ticketsOfConversation.load(conversation.id)).map(toTicketType);
  }

  @FieldResolver(() => UserType, { nullable: true })
  async assignee(@Root() conversation: ConversationType, @Ctx() ctx: ApiContext): Promise<UserType | null> {
    const user = conversation.assigneeId ? await ctx.loaders.people.userById.load(conversation.assigneeId) : null;
    return user ? toUserType(user) : null;
  }

  @FieldResolver(() => TeamType, { nullable: true })
  async team(@Root() conversation: ConversationType, @Ctx() ctx: ApiContext): Promise<TeamType | null> {
    const team = conversation.teamId ? await ctx.loaders.people.teamById.load(conversation.teamId) : null;
    return team ? toTeamType(team) : null;
  }
}
