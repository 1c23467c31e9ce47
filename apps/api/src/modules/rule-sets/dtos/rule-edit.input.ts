import { RULE_LIMITS } from '@handoff/domain';
import { ArrayMaxSize, Min } from 'class-validator';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';

/** Which draft an edit applies to, and the draft version the admin saw. Unreferenced, so the schema only shows the inheriting inputs. */
@InputType('DraftEditInput')
class DraftEditInput {
  @Field(() => ID)
  ruleSetId!: string;

  @Field(() => Int)
  @Min(0)
  expectedDraftVersion!: number;
}

@InputType('AddRuleInput')
export class AddRuleInput extends DraftEditInput {
  @Field(() => JSONObjectResolver, { description: 'The rule as the rule AST stores it; `id` may be left out to get a fresh one.' })
  rule!: Record<string, unknown>;

  @Field(() => Int, { nullable: true, description: 'Where to insert (0 = first); at the end when left out.' })
  @Min(0)
  position?: number | null;
}

@InputType('UpdateRuleInput')
export class UpdateRuleInput extends DraftEditInput {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => JSONObjectResolver, { description: 'The whole new rule; its id stays `ruleId`.' })
  rule!: Record<string, unknown>;
}

@InputType('DeleteRuleInput')
export class DeleteRuleInput extends DraftEditInput {
  @Field(() => ID)
  ruleId!: string;
}

@InputType('SetRuleEnabledInput')
export class SetRuleEnabledInput extends DraftEditInput {
  @Field(() => ID)
  ruleId!: string;

  @Field()
  enabled!: boolean;
}

@InputType('ReorderRulesInput')
export class ReorderRulesInput extends DraftEditInput {
  @Field(() => [ID], { description: 'Every rule id of the draft, in the new order.' })
  @ArrayMaxSize(RULE_LIMITS.maxRules)
  ruleIds!: string[];
}
