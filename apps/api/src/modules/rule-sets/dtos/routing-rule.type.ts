import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoutingActionType } from './routing-action.type';

/** One routing rule, typed for convenience; `when` stays the rule AST's JSON. */
@ObjectType('RoutingRule')
export class RoutingRuleType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  enabled!: boolean;

  @Field({ description: 'Under collect-all, a matching rule with stop ends evaluation.' })
  stop!: boolean;

  @Field(() => JSONObjectResolver, { description: 'The condition tree, as the rule AST stores it.' })
  when!: object;

  @Field(() => [RoutingActionType])
  then!: RoutingActionType[];
}
