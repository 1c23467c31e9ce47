import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { INTEGRATORS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { RuleSetTemplateType } from './dtos/rule-set-template.type';

/** Rule set templates: starting points for createRuleSetFromTemplate. */
@Resolver(() => RuleSetTemplateType)
export class TemplatesResolver {
  @Authorized(INTEGRATORS)
  @Query(() => [RuleSetTemplateType])
  templates(@Ctx() ctx: ApiContext): RuleSetTemplateType[] {
    return ctx.services.ruleSets.listTemplates().map(({ id, name, description }) => ({ id, name, description }));
  }
}
