import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfoType } from '../../../graphql/page-info.type';
import { ChannelEnum, DestinationEnum, TicketPriorityEnum, TicketStatusEnum } from './ticket-enums';

/** A unit of work in the inbox or the help desk. */
@ObjectType('Ticket')
export class TicketType {
  @Field(() => ID)
  id!: string;

  @Field()
  subject!: string;

  @Field()
  description!: string;

  @Field(() => TicketPriorityEnum)
  priority!: TicketPriorityEnum;

  @Field(() => TicketStatusEnum)
  status!: TicketStatusEnum;

  @Field(() => [String])
  tags!: string[];

  @Field(() => ChannelEnum)
  sourceChannel!: string;

  @Field(() => DestinationEnum)
  destination!: DestinationEnum;

  @Field(() => JSONObjectResolver, { description: 'Custom properties, as the integrator set them.' })
  custom!: Record<string, unknown>;

  /** Resolved by field resolvers through loaders, so a list costs one query per relation. */
  ownerId!: string | null;
  teamId!: string | null;
  conversationId!: string | null;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt!: Date;
}

/** One ticket of a page and where it sits. */
@ObjectType('TicketEdge')
export class TicketEdgeType {
  @Field()
  cursor!: string;

  @Field(() => TicketType)
  node!: TicketType;
}

/** A page of tickets, newest first. */
@ObjectType('TicketConnection')
export class TicketConnectionType {
  @Field(() => [TicketEdgeType])
  edges!: TicketEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}
