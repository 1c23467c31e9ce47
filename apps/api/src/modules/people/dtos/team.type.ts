import { Field, ID, ObjectType } from 'type-graphql';

/** A group of people tickets can be routed to. */
@ObjectType('Team')
export class TeamType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
