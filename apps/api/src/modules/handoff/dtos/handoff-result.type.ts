import { HANDOFF_MESSAGE_KINDS } from '@handoff/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, type EnumValue } from '../../../graphql/graphql-enum';
import { RESUME_DOCS } from '../../outbox/open-subscription';
import { ConversationStatusEnum, ConversationType, MessageType } from '../../conversations/dtos/conversation.type';
import { TicketType } from '../../tickets/dtos/ticket.type';

/** Live handoff (a person joins now) or asynchronous follow-up. */
export const HandoffModeEnum = graphqlEnum(['live', 'async'], 'HandoffMode', 'Live handoff (a person joins now) or asynchronous follow-up.');
export type HandoffModeEnum = EnumValue<typeof HandoffModeEnum>;

/** Which of the admin's texts the visitor was shown. */
export const HandoffMessageKindEnum = graphqlEnum(HANDOFF_MESSAGE_KINDS, 'HandoffMessageKind', 'Which of the admin’s texts the visitor was shown.');
export type HandoffMessageKindEnum = EnumValue<typeof HandoffMessageKindEnum>;

/** One trigger that fired. */
@ObjectType('FiredTrigger')
export class FiredTriggerType {
  @Field({ description: 'agentCannotAnswer, visitorAskedForHuman, agentPaused or customTrigger.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'signal or message, for built-in triggers.' })
  source!: string | null;

  @Field(() => String, { nullable: true })
  triggerId!: string | null;

  @Field(() => String, { nullable: true })
  phrase!: string | null;

  @Field(() => Int, { nullable: true, description: 'UTF-16 offset of the match in the message.' })
  start!: number | null;

  @Field(() => Int, { nullable: true })
  end!: number | null;
}

/** What the flow decided for one turn. */
@ObjectType('HandoffResult')
export class HandoffResultType {
  @Field()
  handedOff!: boolean;

  @Field({ description: 'The first trigger that fired, or why not: noTrigger, processIsNoHandoff, alreadyHandedOff.' })
  reason!: string;

  @Field(() => [FiredTriggerType])
  firedTriggers!: FiredTriggerType[];

  @Field(() => HandoffModeEnum, { nullable: true })
  mode!: HandoffModeEnum | null;

  /** Resolved through loaders. */
  ticketId!: string | null;
  assigneeId!: string | null;
  teamId!: string | null;

  @Field(() => HandoffMessageKindEnum, { nullable: true })
  messageKind!: HandoffMessageKindEnum | null;

  @Field(() => String, { nullable: true, description: 'The text the visitor was shown.' })
  messageText!: string | null;

  @Field(() => ConversationStatusEnum)
  conversationStatus!: ConversationStatusEnum;
}

/** The conversation, the stored message, and what the flow did. */
@ObjectType('PostVisitorMessagePayload')
export class PostVisitorMessagePayload {
  @Field(() => ConversationType)
  conversation!: ConversationType;

  @Field(() => MessageType)
  message!: MessageType;

  @Field(() => HandoffResultType)
  handoff!: HandoffResultType;

  @Field(() => MessageType, { nullable: true, description: 'The reply the visitor sees when handed off.' })
  botMessage!: MessageType | null;
}

/** The conversation and what the flow did. */
@ObjectType('ReportAgentSignalPayload')
export class ReportAgentSignalPayload {
  @Field(() => ConversationType)
  conversation!: ConversationType;

  @Field(() => HandoffResultType)
  handoff!: HandoffResultType;

  @Field(() => MessageType, { nullable: true })
  botMessage!: MessageType | null;
}

/** A conversation was handed to people. */
@ObjectType('ConversationHandedOff')
export class ConversationHandedOffType {
  /** Resolved through loaders. */
  conversationId!: string;
  assigneeId!: string | null;
  teamId!: string | null;

  @Field(() => ConversationStatusEnum)
  conversationStatus!: ConversationStatusEnum;

  @Field(() => HandoffModeEnum)
  mode!: HandoffModeEnum;

  @Field()
  reason!: string;

  @Field(() => HandoffMessageKindEnum)
  messageKind!: HandoffMessageKindEnum;

  @Field(() => TicketType, { description: 'The ticket as it was created.' })
  ticket!: TicketType;

  @Field({ description: RESUME_DOCS.cursor })
  cursor!: string;
}
