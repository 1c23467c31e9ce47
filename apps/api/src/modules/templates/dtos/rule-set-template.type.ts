import { Field, ID, ObjectType } from 'type-graphql';

/** A starting point for a new routing rule set. */
@ObjectType('RuleSetTemplate')
export class RuleSetTemplateType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;
}
