import { Authorized, Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMINS, INTEGRATORS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { toGraphQLError } from '../../graphql/errors';
import type { ServiceResult } from '../../shared/service-result';
import { RoutingRuleSetType, RuleSetVersionType } from './dtos/routing-rule-set.type';
import {
  CreateRuleSetFromTemplateInput,
  CreateRuleSetInput,
  DeleteRuleSetInput,
  DeleteRuleSetPayload,
  PublishRuleSetInput,
  RollbackRuleSetInput,
  SaveRuleSetDraftInput,
} from './dtos/rule-set-draft.input';
import {
  CreateRuleSetFromTemplatePayload,
  CreateRuleSetPayload,
  PublishRuleSetPayload,
  RollbackRuleSetPayload,
  SaveRuleSetDraftPayload,
  type RuleSetPayload,
} from './dtos/rule-set-payloads.type';
import type { RuleSetEntity } from './rule-set.entity';
import { toRoutingRuleSetType, toRuleSetVersionType } from './rule-set.mapper';

/** Turns a service result into a rule set payload, or the coded error. */
export function toRuleSetPayload(result: ServiceResult<RuleSetEntity>): RuleSetPayload {
  if (!result.ok) throw toGraphQLError(result.error);
  return { ruleSet: toRoutingRuleSetType(result.value) };
}

const scopeOf = (ctx: ApiContext) => ({ workspaceId: ctx.workspaceId, actor: ctx.actor });

/** Routing rule sets: drafts, publishing and versions. */
@Resolver(() => RoutingRuleSetType)
export class RuleSetResolver {
  @Authorized(INTEGRATORS)
  @Query(() => [RoutingRuleSetType], { description: 'Every routing rule set, by name.' })
  async ruleSets(@Ctx() ctx: ApiContext): Promise<RoutingRuleSetType[]> {
    return (await ctx.services.ruleSets.list(ctx.workspaceId)).map((row) => toRoutingRuleSetType(row));
  }

  @Authorized(INTEGRATORS)
  @Query(() => RoutingRuleSetType, { nullable: true })
  async ruleSet(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<RoutingRuleSetType | null> {
    const row = await ctx.services.ruleSets.find(ctx.workspaceId, id);
    return row ? toRoutingRuleSetType(row) : null;
  }

  @FieldResolver(() => [RuleSetVersionType], { description: 'Published versions, newest first.' })
  async versions(@Root() ruleSet: RoutingRuleSetType, @Ctx() ctx: ApiContext): Promise<RuleSetVersionType[]> {
    return (await ctx.services.ruleSets.versions(ctx.workspaceId, ruleSet.id)).map((row) => toRuleSetVersionType(row));
  }

  @Authorized(ADMINS)
  @Mutation(() => CreateRuleSetPayload)
  async createRuleSet(@Arg('input') input: CreateRuleSetInput, @Ctx() ctx: ApiContext): Promise<RuleSetPayload> {
    return toRuleSetPayload(await ctx.services.ruleSets.create(scopeOf(ctx), input.name, input.ruleSet ?? undefined));
  }

  @Authorized(ADMINS)
  @Mutation(() => CreateRuleSetFromTemplatePayload, { description: 'A new rule set from a template; its placeholder actions are meant to be edited.' })
  async createRuleSetFromTemplate(@Arg('input') input: CreateRuleSetFromTemplateInput, @Ctx() ctx: ApiContext): Promise<RuleSetPayload> {
    return toRuleSetPayload(await ctx.services.ruleSets.createFromTemplate(scopeOf(ctx), input.templateId, input.name));
  }

  @Authorized(ADMINS)
  @Mutation(() => SaveRuleSetDraftPayload, { description: 'Replace the draft; CONFLICT when someone else saved first.' })
  async saveRuleSetDraft(@Arg('input') input: SaveRuleSetDraftInput, @Ctx() ctx: ApiContext): Promise<RuleSetPayload> {
    return toRuleSetPayload(await ctx.services.ruleSets.saveDraft(scopeOf(ctx), input.id, input.expectedDraftVersion, input.ruleSet));
  }

  @Authorized(ADMINS)
  @Mutation(() => PublishRuleSetPayload, { description: 'Publish the draft as the next version; routing uses it from now on.' })
  async publishRuleSet(@Arg('input') input: PublishRuleSetInput, @Ctx() ctx: ApiContext): Promise<RuleSetPayload> {
    return toRuleSetPayload(await ctx.services.ruleSetPublishing.publish(scopeOf(ctx), input.id, input.expectedDraftVersion));
  }

  @Authorized(ADMINS)
  @Mutation(() => RollbackRuleSetPayload, { description: 'Publish a copy of an earlier version as the next version.' })
  async rollbackRuleSet(@Arg('input') input: RollbackRuleSetInput, @Ctx() ctx: ApiContext): Promise<RuleSetPayload> {
    return toRuleSetPayload(await ctx.services.ruleSetPublishing.rollback(scopeOf(ctx), input.id, input.version));
  }

  @Authorized(ADMINS)
  @Mutation(() => DeleteRuleSetPayload, { description: 'Delete a rule set and its versions; refused while the handoff policy routes with it.' })
  async deleteRuleSet(@Arg('input') input: DeleteRuleSetInput, @Ctx() ctx: ApiContext): Promise<DeleteRuleSetPayload> {
    const result = await ctx.services.ruleSets.delete(scopeOf(ctx), input.id);
    if (!result.ok) throw toGraphQLError(result.error);
    return { deletedRuleSetId: result.value.id };
  }
}
