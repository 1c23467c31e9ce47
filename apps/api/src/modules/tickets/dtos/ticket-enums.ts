import { CHANNELS } from '@handoff/domain';
import { registerEnumType } from 'type-graphql';

/** Ticket priorities, lowest first (the domain's PRIORITIES). */
export enum TicketPriorityEnum {
  low = 'low',
  normal = 'normal',
  high = 'high',
  urgent = 'urgent',
}
registerEnumType(TicketPriorityEnum, { name: 'TicketPriority' });

/** Where a ticket lives; `new`, `open` and `pending` count against an owner's capacity. */
export enum TicketStatusEnum {
  new = 'new',
  open = 'open',
  pending = 'pending',
  resolved = 'resolved',
  closed = 'closed',
}
registerEnumType(TicketStatusEnum, { name: 'TicketStatus' });

/** The two places handed-off work can go. */
export enum DestinationEnum {
  inbox = 'inbox',
  helpDesk = 'helpDesk',
}
registerEnumType(DestinationEnum, { name: 'Destination' });

/** How a ticket reached its owner. */
export enum AssignmentMethodEnum {
  roundRobin = 'roundRobin',
  leastLoaded = 'leastLoaded',
  direct = 'direct',
  manual = 'manual',
}
registerEnumType(AssignmentMethodEnum, { name: 'AssignmentMethod' });

/** Channels a conversation (and so a ticket) can come from; mirrors the domain's CHANNELS. */
export const ChannelEnum = Object.fromEntries(CHANNELS.map((c) => [c, c])) as { [K in (typeof CHANNELS)[number]]: K };
registerEnumType(ChannelEnum, { name: 'Channel' });
