import { Field, Int, ObjectType } from 'type-graphql';
import { UserType } from './user.type';

/** A person's availability for assignment right now, and why not if not. */
@ObjectType('AgentAvailability')
export class AgentAvailabilityType {
  @Field(() => UserType)
  user!: UserType;

  @Field({ description: 'Online, within working hours and under capacity.' })
  available!: boolean;

  @Field(() => String, { nullable: true, description: 'offline, away, outsideHours or atCapacity; null when available.' })
  reason!: string | null;

  @Field()
  withinWorkingHours!: boolean;

  @Field(() => Int)
  openTickets!: number;
}
