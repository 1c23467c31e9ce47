import { Field, ObjectType } from 'type-graphql';

/** An operator, as a rule editor needs it. */
@ObjectType('OperatorDefinition', { description: 'A comparison routing conditions can use.' })
export class OperatorDefinitionType {
  @Field()
  id!: string;

  @Field()
  label!: string;

  @Field({ description: 'none, scalar, list, range or pattern: the shape of the condition value.' })
  valueShape!: string;

  @Field({ description: 'Whether ignoreCase / ignoreAccents apply.' })
  text!: boolean;
}
