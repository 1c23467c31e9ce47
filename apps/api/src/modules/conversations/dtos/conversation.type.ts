import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum, type EnumValue } from '../../../graphql/graphql-enum';
import { PageInfoType } from '../../../graphql/page-info.type';
import { ChannelEnum } from '../../tickets/dtos/ticket-enums';

/** Where a conversation stands: with the AI agent, handed to a person, waiting unassigned, or closed. */
export const ConversationStatusEnum = graphqlEnum(['bot', 'assigned', 'unassigned', 'closed'], 'ConversationStatus', 'With the AI agent, with a person, waiting unassigned, or closed.');
export type ConversationStatusEnum = EnumValue<typeof ConversationStatusEnum>;

/** Who wrote a message. */
export const MessageAuthorEnum = graphqlEnum(['visitor', 'bot', 'agent', 'system'], 'MessageAuthor', 'Who wrote a message.');
export type MessageAuthorEnum = EnumValue<typeof MessageAuthorEnum>;

/** What is known about the visitor. */
@ObjectType('Contact')
export class ContactType {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  emailDomain!: string | null;

  @Field(() => String, { nullable: true })
  company!: string | null;

  @Field(() => String, { nullable: true })
  tier!: string | null;

  @Field(() => JSONObjectResolver, { nullable: true })
  custom!: Record<string, unknown> | null;
}

/** One message of a conversation. */
@ObjectType('Message')
export class MessageType {
  @Field(() => ID)
  id!: string;

  @Field(() => MessageAuthorEnum)
  author!: MessageAuthorEnum;

  @Field()
  text!: string;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;
}

/** A visitor's conversation with the AI agent, and later with people. */
@ObjectType('Conversation')
export class ConversationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ChannelEnum)
  channel!: string;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field(() => ConversationStatusEnum)
  status!: ConversationStatusEnum;

  @Field(() => ContactType)
  contact!: ContactType;

  /** Resolved through the people loaders. */
  assigneeId!: string | null;
  teamId!: string | null;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt!: Date;
}

/** One conversation of a page and where it sits. */
@ObjectType('ConversationEdge')
export class ConversationEdgeType {
  @Field()
  cursor!: string;

  @Field(() => ConversationType)
  node!: ConversationType;
}

/** A page of conversations, newest first. */
@ObjectType('ConversationConnection')
export class ConversationConnectionType {
  @Field(() => [ConversationEdgeType])
  edges!: ConversationEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}
