import { Authorized, Arg, Args, Ctx, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { STAFF_AND_INTEGRATORS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { clearLoaders } from '../../graphql/clear-loaders';
import { TOPICS, type EventDelivery } from '../../graphql/pubsub';
import { encodeEventCursor } from '../outbox/event-cursor';
import { openSubscription } from '../outbox/open-subscription';
import { TicketEventType } from './dtos/ticket-event.type';
import { TicketEventFilterInput, TicketEventsArgs } from './dtos/ticket-subscription.args';
import { TicketType } from './dtos/ticket.type';
import type { TicketEvent, TicketEventKind } from './ticket-events';
import { toTicketType } from './tickets.mapper';

type Delivered = EventDelivery<TicketEvent>;

const ALL_KINDS: readonly TicketEventKind[] = ['created', 'updated', 'assigned', 'closed'];

/** Whether an event is of one of the kinds and its ticket satisfies the subscriber's filter. */
function matches(event: TicketEvent, kinds: readonly TicketEventKind[], filter: TicketEventFilterInput | null | undefined): boolean {
  if (!kinds.includes(event.kind)) return false;
  const { ticket } = event;
  return (
    (filter?.teamId == null || ticket.teamId === filter.teamId) &&
    (filter?.assigneeId == null || ticket.ownerId === filter.assigneeId) &&
    (filter?.status == null || ticket.status === filter.status)
  );
}

const toEventTicket = (event: Delivered, ctx: ApiContext): TicketType => {
  clearLoaders(ctx.loaders);
  return toTicketType(event.payload.ticket);
};

type Subscribe = (data: SubscribeResolverData<unknown, TicketEventsArgs, ApiContext>) => Promise<AsyncIterable<Delivered>>;

// Every ticket subscription reads the one event feed of its workspace (outbox/event-feed.service.ts):
// resumable when given `after`, filtered by kind and by the subscriber's filter before any work.
const ticketFeed =
  (kinds: readonly TicketEventKind[] | null): Subscribe =>
  ({ args, context }) =>
    openSubscription<TicketEvent>(context.services.events, {
      workspaceId: context.workspaceId,
      topic: TOPICS.ticketEvents,
      after: args.after,
      accept: (event) => matches(event.payload, kinds ?? args.kinds ?? ALL_KINDS, args.filter),
    });

/** Live ticket events. */
@Resolver()
export class TicketEventsResolver {
  @Authorized(STAFF_AND_INTEGRATORS)
  @Subscription(() => TicketEventType, {
    subscribe: ticketFeed(null),
    description: 'Every committed ticket change (created, updated, assigned, closed) with its cursor. Resumable: reconnect with `after` and miss nothing.',
  })
  ticketEvents(@Root() event: Delivered, @Ctx() ctx: ApiContext, @Args() _args: TicketEventsArgs): TicketEventType {
    return { cursor: encodeEventCursor(event), kind: event.payload.kind, ticket: toEventTicket(event, ctx) };
  }

  @Authorized(STAFF_AND_INTEGRATORS)
  @Subscription(() => TicketType, { subscribe: ticketFeed(['created']), description: 'A ticket was created. Live only; ticketEvents can resume.' })
  ticketCreated(
    @Root() event: Delivered,
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => TicketEventFilterInput, { nullable: true }) _filter?: TicketEventFilterInput,
  ): TicketType {
    return toEventTicket(event, ctx);
  }

  @Authorized(STAFF_AND_INTEGRATORS)
  @Subscription(() => TicketType, {
    subscribe: ticketFeed(['updated', 'assigned', 'closed']),
    description: 'A ticket changed after it was created: edited, assigned or closed. Live only; ticketEvents can resume.',
  })
  ticketUpdated(
    @Root() event: Delivered,
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => TicketEventFilterInput, { nullable: true }) _filter?: TicketEventFilterInput,
  ): TicketType {
    return toEventTicket(event, ctx);
  }

  @Authorized(STAFF_AND_INTEGRATORS)
  @Subscription(() => TicketType, {
    subscribe: ticketFeed(['assigned']),
    description: 'A ticket was assigned, by routing or by hand. Live only; ticketEvents can resume.',
  })
  ticketAssigned(
    @Root() event: Delivered,
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => TicketEventFilterInput, { nullable: true }) _filter?: TicketEventFilterInput,
  ): TicketType {
    return toEventTicket(event, ctx);
  }
}
