import { Field, ObjectType } from 'type-graphql';

/** A routable field, as a rule editor needs it. */
@ObjectType('FieldDefinition', { description: 'A field that routing conditions can test.' })
export class FieldDefinitionType {
  @Field({ description: 'The id written in rules, e.g. `ticket.priority` or `contact.custom.plan`.' })
  id!: string;

  @Field({ description: 'ticket, conversation, contact or channel.' })
  entity!: string;

  @Field()
  label!: string;

  @Field({ description: 'string, number, boolean, enum, datetime or stringList.' })
  type!: string;

  @Field(() => [String], { nullable: true, description: 'The allowed values of an enum field.' })
  options?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Where a value picker gets its suggestions: tags, channels or languages; null for free input.',
  })
  valueSource?: string;

  @Field({ description: 'A workspace-defined property (`<entity>.custom.<key>`).' })
  custom!: boolean;

  @Field(() => [String], { description: 'Operators allowed for this field, in display order.' })
  operators!: string[];
}
