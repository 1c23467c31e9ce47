import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { AssignmentMethodEnum } from './ticket-enums';

/** One step of a ticket's assignment history. */
@ObjectType('TicketAssignment')
export class AssignmentType {
  @Field(() => ID)
  id!: string;

  /** Resolved by a field resolver through the people loaders. */
  userId!: string | null;
  teamId!: string | null;

  @Field(() => AssignmentMethodEnum)
  method!: AssignmentMethodEnum;

  @Field({ description: 'Why: the matched rule ids, the fallback, the trigger, or a person’s action.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Who assigned it by hand; null for automatic assignment.' })
  actor!: string | null;

  @Field(() => DateTimeISOResolver)
  createdAt!: Date;
}
