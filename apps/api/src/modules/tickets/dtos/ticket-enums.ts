import { CHANNELS, DESTINATIONS, PRIORITIES, TICKET_STATUSES } from '@handoff/domain';
import { graphqlEnum, type EnumValue } from '../../../graphql/graphql-enum';

/** Ticket priorities, lowest first. */
export const TicketPriorityEnum = graphqlEnum(PRIORITIES, 'TicketPriority', 'Ticket priorities, lowest first.');
export type TicketPriorityEnum = EnumValue<typeof TicketPriorityEnum>;

/** Where a ticket stands in its workflow. */
export const TicketStatusEnum = graphqlEnum(TICKET_STATUSES, 'TicketStatus', 'Where a ticket stands; new, open and pending count against an owner’s capacity.');
export type TicketStatusEnum = EnumValue<typeof TicketStatusEnum>;

/** The two places handed-off work can go. */
export const DestinationEnum = graphqlEnum(DESTINATIONS, 'Destination', 'The shared inbox (conversations) or the help desk (tickets).');
export type DestinationEnum = EnumValue<typeof DestinationEnum>;

/** How a ticket reached its owner. */
export const AssignmentMethodEnum = graphqlEnum(['roundRobin', 'leastLoaded', 'direct', 'manual'], 'AssignmentMethod', 'How a ticket reached its owner.');
export type AssignmentMethodEnum = EnumValue<typeof AssignmentMethodEnum>;

/** Channels a conversation (and so a ticket) can come from. */
export const ChannelEnum = graphqlEnum(CHANNELS, 'Channel', 'Where a conversation came from.');
export type ChannelEnum = EnumValue<typeof ChannelEnum>;
