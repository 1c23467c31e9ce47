import { JSONObjectResolver } from 'graphql-scalars';
import { ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { graphqlEnum, type EnumValue } from '../../../graphql/graphql-enum';
import { ChannelEnum } from '../../tickets/dtos/ticket-enums';

// Lengths are checked by the flow service so problems come back as VALIDATION_FAILED issues
// with paths (`input.contact.email`), like every other input of the API.

/** What the visitor's client knows about them; routable as `contact.*`. */
@InputType('ContactInput')
export class ContactInput {
  @Field({ nullable: true })
  email?: string;

  @Field({ nullable: true })
  company?: string;

  @Field({ nullable: true })
  tier?: string;

  @Field(() => JSONObjectResolver, { nullable: true })
  custom?: Record<string, unknown>;
}

/** A visitor's message to the AI agent; starts a conversation when no id is given. */
@InputType('PostVisitorMessageInput')
export class PostVisitorMessageInput {
  @Field(() => ID, { nullable: true })
  conversationId?: string;

  @Field(() => ChannelEnum)
  channel!: string;

  @Field({ nullable: true, description: 'BCP 47 tag, e.g. fi or en-GB.' })
  language?: string;

  @Field(() => ContactInput, { nullable: true })
  @ValidateNested()
  contact?: ContactInput;

  @Field()
  text!: string;

  @Field({
    nullable: true,
    description:
      'A retry with the same key (unique within the workspace) returns the first result: no second message or ticket, however many retries run at once. ' +
      'The same key with a different request is refused with IDEMPOTENCY_KEY_REUSED and writes nothing.',
  })
  idempotencyKey?: string;
}

/** What the AI agent can report. */
export const AgentSignalEnum = graphqlEnum(['cannotAnswer', 'paused', 'visitorAskedForHuman'], 'AgentSignal', 'What the AI agent can report about a conversation.');
export type AgentSignalEnum = EnumValue<typeof AgentSignalEnum>;

/** The AI agent reports a signal about a conversation. */
@InputType('ReportAgentSignalInput')
export class ReportAgentSignalInput {
  @Field(() => ID)
  conversationId!: string;

  @Field(() => AgentSignalEnum)
  signal!: AgentSignalEnum;
}
