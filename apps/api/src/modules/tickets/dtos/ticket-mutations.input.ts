import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ChannelEnum, DestinationEnum, TicketPriorityEnum, TicketStatusEnum } from './ticket-enums';

// Lengths and list sizes are checked by the service, so violations come back as
// VALIDATION_FAILED issues with paths like `input.tags[3]`, as every other input does.

/** A ticket created by hand or by an integrator. */
@InputType('CreateTicketInput')
export class CreateTicketInput {
  @Field()
  subject!: string;

  @Field({ nullable: true })
  description?: string;

  @Field(() => TicketPriorityEnum, { nullable: true })
  priority?: TicketPriorityEnum;

  @Field(() => [String], { nullable: true })
  tags?: string[];

  @Field(() => ChannelEnum, { nullable: true, description: 'Defaults to form.' })
  sourceChannel?: string;

  @Field(() => DestinationEnum, { nullable: true, description: 'Defaults to the help desk.' })
  destination?: DestinationEnum;

  @Field(() => JSONObjectResolver, { nullable: true })
  custom?: Record<string, unknown>;

  @Field(() => ID, { nullable: true })
  ownerId?: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  conversationId?: string;

  @Field({
    nullable: true,
    description:
      'A retry with the same key (unique within the workspace) returns the first ticket instead of a second one, however many retries run at once. ' +
      'The same key with a different request is refused with IDEMPOTENCY_KEY_REUSED and writes nothing.',
  })
  idempotencyKey?: string;
}

/** Changes to a ticket; omitted fields stay as they are. */
@InputType('UpdateTicketInput')
export class UpdateTicketInput {
  @Field(() => ID)
  ticketId!: string;

  @Field({ nullable: true })
  subject?: string;

  @Field({ nullable: true })
  description?: string;

  @Field(() => TicketPriorityEnum, { nullable: true })
  priority?: TicketPriorityEnum;

  @Field(() => TicketStatusEnum, { nullable: true })
  status?: TicketStatusEnum;

  @Field(() => [String], { nullable: true })
  tags?: string[];

  @Field(() => JSONObjectResolver, { nullable: true })
  custom?: Record<string, unknown>;
}

/** Hand a ticket to a person and/or a team by hand; both null leaves it unassigned. */
@InputType('AssignTicketInput')
export class AssignTicketInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => ID, { nullable: true, description: 'The new owner; null leaves the ticket without one; omitted keeps the current owner.' })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The new team; null clears it; omitted keeps the current team.' })
  teamId?: string | null;
}

/** Close a ticket. */
@InputType('CloseTicketInput')
export class CloseTicketInput {
  @Field(() => ID)
  ticketId!: string;
}
