import { Arg, Ctx, Resolver, Root, Subscription, type SubscriptionHandlerData } from 'type-graphql';
import type { ApiContext } from '../../context';
import { clearLoaders } from '../../graphql/clear-loaders';
import { TOPICS } from '../../graphql/pubsub';
import { TicketEventFilterInput } from './dtos/ticket-subscription.args';
import { TicketType } from './dtos/ticket.type';
import type { TicketEvent, TicketEventKind } from './ticket-events';
import { toTicketType } from './tickets.mapper';

type Handler = SubscriptionHandlerData<TicketEvent, { filter?: TicketEventFilterInput | null }, ApiContext>;

/** Matches events of the given kinds whose ticket satisfies the subscriber's filter. */
const only =
  (kinds: readonly TicketEventKind[]) =>
  ({ payload, args }: Handler): boolean => {
    if (!kinds.includes(payload.kind)) return false;
    const filter = args.filter ?? {};
    const { ticket } = payload;
    return (
      (filter.teamId == null || ticket.teamId === filter.teamId) &&
      (filter.assigneeId == null || ticket.ownerId === filter.assigneeId) &&
      (filter.status == null || ticket.status === filter.status)
    );
  };

// Events arrive on the workspace's own topic (topicId), so nobody hears another workspace.
const topicId = ({ context }: { context: ApiContext }) => context.workspaceId;

const toEventTicket = (event: TicketEvent, ctx: ApiContext): TicketType => {
  clearLoaders(ctx.loaders);
  return toTicketType(event.ticket);
};

/** Live ticket events. */
@Resolver()
export class TicketEventsResolver {
  @Subscription(() => TicketType, { topics: TOPICS.ticketEvents, topicId, filter: only(['created']), description: 'A ticket was created.' })
  ticketCreated(
    @Root() event: TicketEvent,
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => TicketEventFilterInput, { nullable: true }) _filter?: TicketEventFilterInput,
  ): TicketType {
    return toEventTicket(event, ctx);
  }

  @Subscription(() => TicketType, {
    topics: TOPICS.ticketEvents,
    topicId,
    filter: only(['updated', 'assigned', 'closed']),
    description: 'A ticket changed after it was created: edited, assigned or closed.',
  })
  ticketUpdated(
    @Root() event: TicketEvent,
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => TicketEventFilterInput, { nullable: true }) _filter?: TicketEventFilterInput,
  ): TicketType {
    return toEventTicket(event, ctx);
  }

  @Subscription(() => TicketType, { topics: TOPICS.ticketEvents, topicId, filter: only(['assigned']), description: 'A ticket was assigned, by routing or by hand.' })
  ticketAssigned(
    @Root() event: TicketEvent,
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => TicketEventFilterInput, { nullable: true }) _filter?: TicketEventFilterInput,
  ): TicketType {
    return toEventTicket(event, ctx);
  }
}
