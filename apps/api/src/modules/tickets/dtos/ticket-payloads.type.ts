import { Field, ObjectType } from 'type-graphql';
import { TicketType } from './ticket.type';

/** The ticket created. */
@ObjectType('CreateTicketPayload')
export class CreateTicketPayload {
  @Field(() => TicketType)
  ticket!: TicketType;
}

/** The ticket after the change. */
@ObjectType('UpdateTicketPayload')
export class UpdateTicketPayload {
  @Field(() => TicketType)
  ticket!: TicketType;
}

/** The ticket after the assignment. */
@ObjectType('AssignTicketPayload')
export class AssignTicketPayload {
  @Field(() => TicketType)
  ticket!: TicketType;
}

/** The closed ticket. */
@ObjectType('CloseTicketPayload')
export class CloseTicketPayload {
  @Field(() => TicketType)
  ticket!: TicketType;
}
