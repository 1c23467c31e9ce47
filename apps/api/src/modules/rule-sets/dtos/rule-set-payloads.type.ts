import { Field, ObjectType } from 'type-graphql';
import { RoutingRuleSetType } from './routing-rule-set.type';

/** The rule set after a change. */
export interface RuleSetPayload {
  ruleSet: RoutingRuleSetType;
}

// Every rule set mutation answers the same shape, under its own `<Mutation>Payload` name so each can grow on its own.
function ruleSetPayload(name: string): new () => RuleSetPayload {
  @ObjectType(name)
  class Payload implements RuleSetPayload {
    @Field(() => RoutingRuleSetType)
    ruleSet!: RoutingRuleSetType;
  }
  return Payload;
}

export const CreateRuleSetPayload = ruleSetPayload('CreateRuleSetPayload');
export const CreateRuleSetFromTemplatePayload = ruleSetPayload('CreateRuleSetFromTemplatePayload');
export const SaveRuleSetDraftPayload = ruleSetPayload('SaveRuleSetDraftPayload');
export const AddRulePayload = ruleSetPayload('AddRulePayload');
export const UpdateRulePayload = ruleSetPayload('UpdateRulePayload');
export const DeleteRulePayload = ruleSetPayload('DeleteRulePayload');
export const ReorderRulesPayload = ruleSetPayload('ReorderRulesPayload');
export const SetRuleEnabledPayload = ruleSetPayload('SetRuleEnabledPayload');
export const PublishRuleSetPayload = ruleSetPayload('PublishRuleSetPayload');
export const RollbackRuleSetPayload = ruleSetPayload('RollbackRuleSetPayload');
