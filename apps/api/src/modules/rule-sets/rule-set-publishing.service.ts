import { err, ok, parseHandoffPolicy, type Issue, type RuleSet } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../../observability/logger';
import { conflict, invalid, notFound, type ServiceResult } from '../../shared/service-result';
import { runAuditedChange, type AuditedChangeDeps } from '../audit/audited-change';
import { HandoffPolicyRepository } from '../policies/handoff-policy.repository';
import { readStoredRuleSet, refuseUnusable } from '../policies/stored-documents';
import { parseStoredPolicy, resolveStoredPolicy } from '../policies/stored-policy';
import type { RuleSetEntity } from './rule-set.entity';
import { RuleSetRepository } from './rule-set.repository';

type Scope = { readonly workspaceId: string; readonly actor: string };

/**
 * Publishing: a rule set's versions are immutable rows numbered 1, 2, 3…; publishing copies the
 * draft into version N+1 and points `published_version` at it, rolling back publishes a copy of
 * an old version as N+1. Nothing is ever overwritten, so every version stays replayable.
 */
export class RuleSetPublishingService {
  constructor(private readonly deps: AuditedChangeDeps & { readonly logger: Logger }) {}

  /** Publishes the draft the admin saw (`expectedDraftVersion`); a newer draft is a CONFLICT. */
  publish(scope: Scope, id: string, expectedDraftVersion: number): Promise<ServiceResult<RuleSetEntity>> {
    return runAuditedChange(this.deps, scope, async (manager, now) => {
      const row = await new RuleSetRepository(manager).findById(scope.workspaceId, id);
      if (!row) return err(notFound('ruleSet', id, 'input.id'));
      if (row.draftVersion !== expectedDraftVersion) return err(conflict('ruleSet', id, row.draftVersion));
      return this.publishDocument(manager, scope, row, { document: row.draft, part: 'draft', version: row.draftVersion }, 'publish', 'draft', now);
    });
  }

  /** Publishes a copy of an earlier version as the newest one. */
  rollback(scope: Scope, id: string, version: number): Promise<ServiceResult<RuleSetEntity>> {
    return runAuditedChange(this.deps, scope, async (manager, now) => {
      const repo = new RuleSetRepository(manager);
      const row = await repo.findById(scope.workspaceId, id);
      if (!row) return err(notFound('ruleSet', id, 'input.id'));
      const old = await repo.findVersion(scope.workspaceId, id, version);
      if (!old) return err(notFound('ruleSetVersion', String(version), 'input.version'));
      return this.publishDocument(manager, scope, row, { document: old.document, part: 'published', version }, 'rollback', `versions[${version}]`, now);
    });
  }

  /** Publishes a stored document, which must still pass the parser (it may predate a bound, or be edited by hand). */
  private async publishDocument(
    manager: EntityManager,
    scope: Scope,
    row: RuleSetEntity,
    source: { document: object; part: 'draft' | 'published'; version: number },
    action: string,
    root: string,
    now: Date,
  ) {
    const parsed = readStoredRuleSet(source.document, { entity: 'ruleSet', id: row.id, part: source.part, version: source.version });
    if (!parsed.ok) return err(refuseUnusable(this.deps.logger, scope.workspaceId, parsed.error));
    const policyIssues = await this.checkAgainstPolicy(manager, scope.workspaceId, row.id, parsed.value, root);
    if (policyIssues.length > 0) return err(invalid(policyIssues));
    const repo = new RuleSetRepository(manager);
    const version = (await repo.latestVersionNumber(scope.workspaceId, row.id)) + 1;
    // The pointer moves under compare-and-set on the draft version too, so a concurrent draft edit or publish loses cleanly.
    const moved = await repo.compareAndSet(scope.workspaceId, row.id, { draftVersion: row.draftVersion, publishedVersion: row.publishedVersion }, { publishedVersion: version, updatedAt: now });
    if (!moved) return err(conflict('ruleSet', row.id, (await repo.findById(scope.workspaceId, row.id))?.draftVersion ?? row.draftVersion));
    await repo.insertVersion({ id: this.deps.ids(), workspaceId: scope.workspaceId, ruleSetId: row.id, version, document: parsed.value, publishedAt: now, publishedBy: scope.actor });
    const after = { ...row, publishedVersion: version, updatedAt: now };
    return ok({
      value: after,
      audit: { entityType: 'ruleSet' as const, entityId: row.id, action, before: { publishedVersion: row.publishedVersion }, after: { publishedVersion: version, document: parsed.value } },
      version,
    });
  }

  /**
   * When the handoff policy routes with this rule set, the published version must also satisfy
   * the policy's own rules (condition routing is help desk only), checked by the domain parser.
   */
  private async checkAgainstPolicy(manager: EntityManager, workspaceId: string, ruleSetId: string, ruleSet: RuleSet, root: string): Promise<Issue[]> {
    const policy = await new HandoffPolicyRepository(manager).find(workspaceId);
    const stored = policy ? parseStoredPolicy(policy.document) : null;
    if (!stored?.ok || stored.value.assignment.mode !== 'conditionRouting' || stored.value.assignment.ruleSetId !== ruleSetId) return [];
    const combined = parseHandoffPolicy(resolveStoredPolicy(stored.value, ruleSet));
    const prefix = 'assignment.ruleSet';
    return combined.ok ? [] : combined.error.map((i) => ({ ...i, path: i.path.startsWith(prefix) ? `${root}${i.path.slice(prefix.length)}` : i.path }));
  }
}
