import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum, type EnumValue } from '../../../graphql/graphql-enum';
import { RESUME_DOCS } from '../../outbox/open-subscription';
import { TicketType } from './ticket.type';

/** What happened to a ticket. */
export const TicketEventKindEnum = graphqlEnum(['created', 'updated', 'assigned', 'closed'], 'TicketEventKind', 'What happened to a ticket; assigned also follows created when a ticket starts with an owner.');
export type TicketEventKindEnum = EnumValue<typeof TicketEventKindEnum>;

/** One committed ticket change, with its place in the stream. */
@ObjectType('TicketEvent', { description: 'A committed ticket change and its cursor, for subscribers that must miss nothing across reconnects.' })
export class TicketEventType {
  @Field({ description: RESUME_DOCS.cursor })
  cursor!: string;

  @Field(() => TicketEventKindEnum)
  kind!: TicketEventKindEnum;

  @Field(() => TicketType, { description: 'The ticket right after the change.' })
  ticket!: TicketType;
}
