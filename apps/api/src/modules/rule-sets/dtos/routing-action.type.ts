import { Field, ID, ObjectType } from 'type-graphql';

/** One action of a rule or the fallback, flattened: only the properties of its `type` are set. */
@ObjectType('RoutingAction')
export class RoutingActionType {
  @Field({ description: 'assignUser, assignTeam, setPriority, addTags, setDestination or sendMessage.' })
  type!: string;

  @Field(() => ID, { nullable: true })
  userId!: string | null;

  @Field(() => ID, { nullable: true })
  teamId!: string | null;

  @Field(() => String, { nullable: true, description: 'roundRobin or leastLoaded (assignTeam).' })
  strategy!: string | null;

  @Field(() => String, { nullable: true })
  priority!: string | null;

  @Field(() => [String], { nullable: true })
  tags!: string[] | null;

  @Field(() => String, { nullable: true })
  destination!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;
}
