import { Authorized, Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { INTEGRATORS, STAFF_AND_INTEGRATORS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { toGraphQLError } from '../../graphql/errors';
import { encodeCursor } from '../../graphql/keyset-cursor';
import { toConversationType } from '../conversations/conversations.mapper';
import { ConversationType } from '../conversations/dtos/conversation.type';
import { TeamType } from '../people/dtos/team.type';
import { UserType } from '../people/dtos/user.type';
import { toTeamType, toUserType } from '../people/people.mapper';
import { AssignmentType } from './dtos/assignment.type';
import { AssignTicketInput, CloseTicketInput, CreateTicketInput, UpdateTicketInput } from './dtos/ticket-mutations.input';
import { AssignTicketPayload, CloseTicketPayload, CreateTicketPayload, UpdateTicketPayload } from './dtos/ticket-payloads.type';
import { TicketConnectionType, TicketType } from './dtos/ticket.type';
import { TicketsArgs } from './dtos/tickets.args';
import type { ServiceResult } from '../../shared/service-result';
import type { TicketEntity } from './ticket.entity';
import { toAssignmentType, toAssignTicketCommand, toCreateTicketCommand, toTicketType, toUpdateTicketCommand } from './tickets.mapper';

const ticketOrThrow = (result: ServiceResult<TicketEntity>): { ticket: TicketType } => {
  if (!result.ok) throw toGraphQLError(result.error);
  return { ticket: toTicketType(result.value) };
};

/** Tickets: lists, one ticket, and the changes people make. */
@Resolver(() => TicketType)
export class TicketResolver {
  @Authorized(STAFF_AND_INTEGRATORS)
  @Query(() => TicketConnectionType, { description: 'Tickets, newest first.' })
  async tickets(@Args() args: TicketsArgs, @Ctx() ctx: ApiContext): Promise<TicketConnectionType> {
    const filter = Object.fromEntries(Object.entries(args.filter ?? {}).filter(([, v]) => v != null));
    const result = await ctx.services.tickets.list(ctx.workspaceId, filter, args.first, args.after ?? null);
    if (!result.ok) throw toGraphQLError(result.error);
    const edges = result.value.rows.map((t) => ({ cursor: encodeCursor(t), node: toTicketType(t) }));
    return { edges, pageInfo: { hasNextPage: result.value.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(STAFF_AND_INTEGRATORS)
  @Query(() => TicketType, { nullable: true })
  async ticket(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<TicketType | null> {
    const ticket = await ctx.services.tickets.get(ctx.workspaceId, id);
    return ticket ? toTicketType(ticket) : null;
  }

  @Authorized(INTEGRATORS)
  @Mutation(() => CreateTicketPayload)
  async createTicket(@Arg('input') input: CreateTicketInput, @Ctx() ctx: ApiContext): Promise<CreateTicketPayload> {
    return ticketOrThrow(await ctx.services.tickets.create(ctx.workspaceId, ctx.actor, toCreateTicketCommand(input)));
  }

  @Authorized(STAFF_AND_INTEGRATORS)
  @Mutation(() => UpdateTicketPayload)
  async updateTicket(@Arg('input') input: UpdateTicketInput, @Ctx() ctx: ApiContext): Promise<UpdateTicketPayload> {
    return ticketOrThrow(await ctx.services.tickets.update(ctx.workspaceId, toUpdateTicketCommand(input)));
  }

  @Authorized(STAFF_AND_INTEGRATORS)
  @Mutation(() => AssignTicketPayload, { description: 'Assign by hand; the history records who did it.' })
  async assignTicket(@Arg('input') input: AssignTicketInput, @Ctx() ctx: ApiContext): Promise<AssignTicketPayload> {
    return ticketOrThrow(await ctx.services.tickets.assign(ctx.workspaceId, ctx.actor, toAssignTicketCommand(input)));
  }

  @Authorized(STAFF_AND_INTEGRATORS)
  @Mutation(() => CloseTicketPayload)
  async closeTicket(@Arg('input') input: CloseTicketInput, @Ctx() ctx: ApiContext): Promise<CloseTicketPayload> {
    return ticketOrThrow(await ctx.services.tickets.close(ctx.workspaceId, input.ticketId));
  }

  @FieldResolver(() => UserType, { nullable: true })
  async owner(@Root() ticket: TicketType, @Ctx() ctx: ApiContext): Promise<UserType | null> {
    const user = ticket.ownerId ? await ctx.loaders.people.userById.load(ticket.ownerId) : null;
    return user ? toUserType(user) : null;
  }

  @FieldResolver(() => TeamType, { nullable: true })
  async team(@Root() ticket: TicketType, @Ctx() ctx: ApiContext): Promise<TeamType | null> {
    const team = ticket.teamId ? await ctx.loaders.people.teamById.load(ticket.teamId) : null;
    return team ? toTeamType(team) : null;
  }

  @FieldResolver(() => ConversationType, { nullable: true })
  async conversation(@Root() ticket: TicketType, @Ctx() ctx: ApiContext): Promise<ConversationType | null> {
    const conversation = ticket.conversationId ? await ctx.loaders.conversations.conversationById.load(ticket.conversationId) : null;
    return conversation ? toConversationType(conversation) : null;
  }

  @FieldResolver(() => [AssignmentType], { description: 'Assignment history, oldest first.' })
  async assignments(@Root() ticket: TicketType, @Ctx() ctx: ApiContext): Promise<AssignmentType[]> {
    return (await ctx.loaders.tickets.assignmentsOfTicket.load(ticket.id)).map(toAssignmentType);
  }
}

/** Who and which team an assignment step named. */
@Resolver(() => AssignmentType)
export class AssignmentResolver {
  @FieldResolver(() => UserType, { nullable: true })
  async user(@Root() assignment: AssignmentType, @Ctx() ctx: ApiContext): Promise<UserType | null> {
    const user = assignment.userId ? await ctx.loaders.people.userById.load(assignment.userId) : null;
    return user ? toUserType(user) : null;
  }

  @FieldResolver(() => TeamType, { nullable: true })
  async team(@Root() assignment: AssignmentType, @Ctx() ctx: ApiContext): Promise<TeamType | null> {
    const team = assignment.teamId ? await ctx.loaders.people.teamById.load(assignment.teamId) : null;
    return team ? toTeamType(team) : null;
  }
}
