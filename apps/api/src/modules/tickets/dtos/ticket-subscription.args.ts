import { ArrayMaxSize, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { RESUME_DOCS } from '../../outbox/open-subscription';
import { TicketStatusEnum } from './ticket-enums';
import { TicketEventKindEnum } from './ticket-event.type';

/** Which ticket events a subscriber wants; every given field must match the ticket after the change. */
@InputType('TicketEventFilter')
export class TicketEventFilterInput {
  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => TicketStatusEnum, { nullable: true })
  status?: TicketStatusEnum | null;
}

/** A resumable ticket event subscription: which events, and where to resume. */
@ArgsType()
export class TicketEventsArgs {
  @Field(() => TicketEventFilterInput, { nullable: true })
  @ValidateNested()
  filter?: TicketEventFilterInput | null;

  @Field(() => [TicketEventKindEnum], { nullable: true, description: 'Only these kinds of event; every kind when omitted.' })
  @ArrayMaxSize(4)
  kinds?: TicketEventKindEnum[] | null;

  @Field(() => String, { nullable: true, description: RESUME_DOCS.after })
  @MaxLength(200)
  after?: string | null;
}
