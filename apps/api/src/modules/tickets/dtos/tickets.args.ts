import { Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DestinationEnum, TicketStatusEnum } from './ticket-enums';

/** Narrows a ticket list; every given field must match. */
@InputType('TicketFilter')
export class TicketFilterInput {
  @Field(() => TicketStatusEnum, { nullable: true })
  status?: TicketStatusEnum;

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  ownerId?: string;

  @Field(() => DestinationEnum, { nullable: true })
  destination?: DestinationEnum;

  @Field({ nullable: true, description: 'Tickets carrying this exact tag.' })
  tag?: string;
}

/** Relay paging over tickets. */
@ArgsType()
export class TicketsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => TicketFilterInput, { nullable: true })
  @ValidateNested()
  filter?: TicketFilterInput | null;
}
