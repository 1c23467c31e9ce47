import { Field, ID, InputType } from 'type-graphql';
import { TicketStatusEnum } from './ticket-enums';

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
