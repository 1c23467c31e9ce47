import type { Action, Rule, RuleSet } from '@handoff/domain';
import type { RoutingActionType } from './dtos/routing-action.type';
import type { RoutingRuleSetType, RuleSetVersionType } from './dtos/routing-rule-set.type';
import type { RoutingRuleType } from './dtos/routing-rule.type';
import type { RuleSetVersionEntity } from './rule-set-version.entity';
import type { RuleSetEntity } from './rule-set.entity';

// Drafts and versions reach the mapper parsed (RuleSetService checks them on read), so their shape is the AST's.
const asRuleSet = (document: object): RuleSet => document as RuleSet;

export const toRoutingActionType = (action: Action): RoutingActionType => ({
  type: action.type,
  userId: action.type === 'assignUser' ? action.userId : null,
  teamId: action.type === 'assignTeam' ? action.teamId : null,
  strategy: action.type === 'assignTeam' ? (action.strategy ?? null) : null,
  priority: action.type === 'setPriority' ? action.priority : null,
  tags: action.type === 'addTags' ? [...action.tags] : null,
  destination: action.type === 'setDestination' ? action.destination : null,
  message: action.type === 'sendMessage' ? action.message : null,
});

export const toRoutingRuleType = (rule: Rule): RoutingRuleType => ({
  id: rule.id,
  name: rule.name,
  enabled: rule.enabled,
  stop: rule.stop ?? false,
  when: rule.when,
  then: rule.then.map(toRoutingActionType),
});

export const toRoutingRuleSetType = (row: RuleSetEntity): RoutingRuleSetType => {
  const draft = asRuleSet(row.draft);
  return {
    id: row.id,
    name: row.name,
    draft: row.draft,
    rules: draft.rules.map(toRoutingRuleType),
    fallback: draft.fallback.map(toRoutingActionType),
    hitPolicy: draft.hitPolicy,
    draftVersion: row.draftVersion,
    publishedVersion: row.publishedVersion,
    updatedAt: row.updatedAt,
  };
};

export const toRuleSetVersionType = (row: RuleSetVersionEntity): RuleSetVersionType => ({
  version: row.version,
  publishedAt: row.publishedAt,
  publishedBy: row.publishedBy,
  document: row.document,
  rules: asRuleSet(row.document).rules.map(toRoutingRuleType),
});
