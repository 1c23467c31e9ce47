import { Authorized, Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ADMINS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { AddRuleInput, DeleteRuleInput, ReorderRulesInput, SetRuleEnabledInput, UpdateRuleInput } from './dtos/rule-edit.input';
import { AddRulePayload, DeleteRulePayload, ReorderRulesPayload, SetRuleEnabledPayload, UpdateRulePayload, type RuleSetPayload } from './dtos/rule-set-payloads.type';
import type { RuleEdit } from './rule-edits';
import { toRuleSetPayload } from './rule-set.resolver';

/**
 * One-rule edits of a draft. Each validates the whole resulting draft, compare-and-sets on the
 * draft version and writes one audit row, like saveRuleSetDraft.
 */
@Resolver()
export class RuleEditResolver {
  @Authorized(ADMINS)
  @Mutation(() => AddRulePayload)
  addRule(@Arg('input') input: AddRuleInput, @Ctx() ctx: ApiContext): Promise<RuleSetPayload> {
    return edit(ctx, input, { kind: 'addRule', rule: input.rule, ...(input.position == null ? {} : { position: input.position }) });
  }

  @Authorized(ADMINS)
  @Mutation(() => UpdateRulePayload)
  updateRule(@Arg('input') input: UpdateRuleInput, @Ctx() ctx: ApiContext): Promise<RuleSetPayload> {
    return edit(ctx, input, { kind: 'updateRule', ruleId: input.ruleId, rule: input.rule });
  }

  @Authorized(ADMINS)
  @Mutation(() => DeleteRulePayload)
  deleteRule(@Arg('input') input: DeleteRuleInput, @Ctx() ctx: ApiContext): Promise<RuleSetPayload> {
    return edit(ctx, input, { kind: 'deleteRule', ruleId: input.ruleId });
  }

  @Authorized(ADMINS)
  @Mutation(() => ReorderRulesPayload)
  reorderRules(@Arg('input') input: ReorderRulesInput, @Ctx() ctx: ApiContext): Promise<RuleSetPayload> {
    return edit(ctx, input, { kind: 'reorderRules', ruleIds: input.ruleIds });
  }

  @Authorized(ADMINS)
  @Mutation(() => SetRuleEnabledPayload)
  setRuleEnabled(@Arg('input') input: SetRuleEnabledInput, @Ctx() ctx: ApiContext): Promise<RuleSetPayload> {
    return edit(ctx, input, { kind: 'setRuleEnabled', ruleId: input.ruleId, enabled: input.enabled });
  }
}

async function edit(ctx: ApiContext, target: { ruleSetId: string; expectedDraftVersion: number }, change: RuleEdit): Promise<RuleSetPayload> {
  const scope = { workspaceId: ctx.workspaceId, actor: ctx.actor };
  return toRuleSetPayload(await ctx.services.ruleSets.editRule(scope, target.ruleSetId, target.expectedDraftVersion, change));
}
