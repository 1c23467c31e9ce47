import { Length, Min } from 'class-validator';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** A new rule set; without `ruleSet` it starts empty (no rules, empty fallback). */
@InputType('CreateRuleSetInput')
export class CreateRuleSetInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The first draft, as parseRuleSet accepts it.' })
  ruleSet?: Record<string, unknown> | null;
}

/** A new rule set from a template (see `templates`). */
@InputType('CreateRuleSetFromTemplateInput')
export class CreateRuleSetFromTemplateInput {
  @Field(() => ID)
  templateId!: string;

  @Field()
  @Length(1, 200)
  name!: string;
}

/** Replace a rule set's draft, if it is still at `expectedDraftVersion`. */
@InputType('SaveRuleSetDraftInput')
export class SaveRuleSetDraftInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @Min(0)
  expectedDraftVersion!: number;

  @Field(() => JSONObjectResolver)
  ruleSet!: Record<string, unknown>;
}

/** Publish the draft the admin saw as a new version. */
@InputType('PublishRuleSetInput')
export class PublishRuleSetInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @Min(0)
  expectedDraftVersion!: number;
}

/** Publish a copy of an earlier version as the newest one. */
@InputType('RollbackRuleSetInput')
export class RollbackRuleSetInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;
}

@InputType('DeleteRuleSetInput')
export class DeleteRuleSetInput {
  @Field(() => ID)
  id!: string;
}

@ObjectType('DeleteRuleSetPayload')
export class DeleteRuleSetPayload {
  @Field(() => ID)
  deletedRuleSetId!: string;
}
