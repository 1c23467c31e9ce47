import type { Action, Rule, RuleSet } from '@handoff/domain';
import type { RoutingActionType } from './dtos/routing-action.type';
import type { RoutingRuleSetType, RuleSetVersionType } from './dtos/routing-rule-set.type';
import type { RoutingRuleType } from './dtos/routing-rule.type';
import { toStoredDocumentProblemType } from '../policies/stored-documents';
import type { CheckedRuleSet, CheckedRuleSetVersion } from './rule-set.service';

// Drafts and versions reach the mapper parsed (RuleSetService checks them on read, and puts what is
// in effect in place of an unusable one), so their shape is the AST's.
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

export const toRoutingRuleSetType = (row: CheckedRuleSet): RoutingRuleSetType => {
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
    draftProblem: row.draftProblem ? toStoredDocumentProblemType(row.draftProblem) : null,
  };
};

export const toRuleSetVersionType = (row: CheckedRuleSetVersion): RuleSetVersionType => ({
  version: row.version,
  publishedAt: row.publishedAt,
  publishedBy: row.publishedBy,
  document: row.document,
  rules: asRuleSet(row.document).rules.map(toRoutingRuleType),
  problem: row.problem ? toStoredDocumentProblemType(row.problem) : null,
});
