import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RESUME_DOCS } from '../../outbox/open-subscription';

/** A committed change to the handoff policy or a rule set. */
@ObjectType('ConfigurationChange')
export class ConfigurationChangeType {
  @Field({ description: 'handoffPolicy or ruleSet.' })
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field({ description: 'update, create, saveDraft, addRule, updateRule, deleteRule, reorderRules, setRuleEnabled, publish, rollback or delete.' })
  action!: string;

  @Field(() => Int, { description: 'The policy version, the rule set’s draft version, or after publish/rollback its published version.' })
  version!: number;

  @Field()
  actor!: string;

  @Field({ description: RESUME_DOCS.cursor })
  cursor!: string;
}
