import { err, issue, ok, parseHandoffPolicy, pathIndex, type Issue } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../../observability/logger';
import { conflict, invalid, notFound, type ServiceResult } from '../../shared/service-result';
import { runAuditedChange, type AuditedChangeDeps } from '../audit/audited-change';
import { TeamRepository } from '../people/team.repository';
import { UserRepository } from '../people/user.repository';
import { RuleSetRepository } from '../rule-sets/rule-set.repository';
import type { HandoffPolicyEntity } from './handoff-policy.entity';
import { HandoffPolicyRepository } from './handoff-policy.repository';
import { defaultStoredPolicyFor } from './default-policy';
import { auditCopyOf, logUnusable, readStoredPolicy, readStoredRuleSet, type UnusableStoredDocument } from './stored-documents';
import { parseStoredPolicy, resolveStoredPolicy, type StoredHandoffPolicy } from './stored-policy';

/** A policy row with the validated document in effect. */
export interface PolicyView {
  readonly row: HandoffPolicyEntity;
  readonly policy: StoredHandoffPolicy;
  /** Set when the stored document is unusable: `policy` is then the default one handoffs use meanwhile. */
  readonly storedProblem: UnusableStoredDocument | null;
}

const INPUT = 'input.policy';

/** The workspace's handoff policy: read, and replace under compare-and-set with one audit row. */
export class HandoffPolicyService {
  constructor(private readonly deps: AuditedChangeDeps & { readonly logger: Logger }) {}

  /**
   * The policy in effect, checked by the parser that checked it on write. A stored one that fails
   * it now (over a bound, edited by hand) is answered as handoffs use it meanwhile: the default
   * policy, at the stored row's version and with the problem, so an admin sees why and can replace it.
   */
  async get(workspaceId: string): Promise<ServiceResult<PolicyView | null>> {
    const manager = this.deps.dataSource.manager;
    const row = await new HandoffPolicyRepository(manager).find(workspaceId);
    if (!row) return ok(null);
    const parsed = readStoredPolicy(row);
    if (parsed.ok) return ok({ row, policy: parsed.value, storedProblem: null });
    logUnusable(this.deps.logger, workspaceId, parsed.error, 'read answered with the default policy in effect and the problem');
    return ok({ row, policy: await defaultStoredPolicyFor(manager, workspaceId), storedProblem: parsed.error });
  }

  /**
   * Replaces the policy if it is still at `expectedVersion`. Validation happens before any write
   * (domain parser, then the users, teams and rule set it names), so bad input changes nothing.
   */
  update(scope: { workspaceId: string; actor: string }, expectedVersion: number, document: unknown): Promise<ServiceResult<PolicyView>> {
    return runAuditedChange(this.deps, scope, async (manager, now) => {
      const parsed = parseStoredPolicy(document);
      if (!parsed.ok) return err(invalid(parsed.error, INPUT));
      const issues = await checkReferences(manager, scope.workspaceId, parsed.value, (problem) => logUnusable(this.deps.logger, scope.workspaceId, problem, 'the policy update was refused'));
      if (issues.length > 0) return err(invalid(issues, INPUT));
      const repo = new HandoffPolicyRepository(manager);
      const current = await repo.find(scope.workspaceId);
      if (!current) return err(notFound('handoffPolicy', scope.workspaceId));
      const change = { document: parsed.value, updatedAt: now, updatedBy: scope.actor };
      // The single conditional UPDATE is the compare-and-set; reading `current` first only gives the error its version.
      if (!(await repo.compareAndSet(scope.workspaceId, expectedVersion, change))) {
        const latest = await repo.find(scope.workspaceId);
        return err(conflict('handoffPolicy', scope.workspaceId, latest?.version ?? current.version));
      }
      const row = { ...current, ...change, version: expectedVersion + 1 };
      return ok({
        value: { row, policy: parsed.value, storedProblem: null },
        audit: { entityType: 'handoffPolicy' as const, entityId: scope.workspaceId, action: 'update', before: auditCopyOf(current.document), after: parsed.value },
        version: row.version,
      });
    });
  }
}

/** Users, teams and the routing rule set named by the policy must exist in this workspace. */
async function checkReferences(
  manager: EntityManager,
  workspaceId: string,
  policy: StoredHandoffPolicy,
  reportUnusable: (problem: UnusableStoredDocument) => void,
): Promise<Issue[]> {
  const { assignment } = policy;
  if (assignment.mode === 'sameDestination') {
    const [users, teams] = await Promise.all([
      new UserRepository(manager).findByIds(workspaceId, assignment.userIds),
      new TeamRepository(manager).findByIds(workspaceId, assignment.teamIds),
    ]);
    const knownUsers = new Set(users.map((u) => u.id));
    const knownTeams = new Set(teams.map((t) => t.id));
    return [
      ...assignment.userIds.flatMap((id, i) => (knownUsers.has(id) ? [] : [issue('INVALID_ID', pathIndex('assignment.userIds', i), `no user ${id} in this workspace`)])),
      ...assignment.teamIds.flatMap((id, i) => (knownTeams.has(id) ? [] : [issue('INVALID_ID', pathIndex('assignment.teamIds', i), `no team ${id} in this workspace`)])),
    ];
  }
  const repo = new RuleSetRepository(manager);
  const ruleSet = await repo.findById(workspaceId, assignment.ruleSetId);
  if (!ruleSet) return [issue('INVALID_ID', 'assignment.ruleSetId', `no rule set ${assignment.ruleSetId} in this workspace`)];
  if (ruleSet.publishedVersion === null) return [];
  // The offending part lives in the rule set, which is edited elsewhere: point at the choice of rule set and say where.
  const where = (path: string) => `published version ${ruleSet.publishedVersion}${path ? `.${path}` : ''}`;
  const atChoice = (i: Issue, path: string): Issue => ({ ...i, path: 'assignment.ruleSetId', message: `${where(path)}: ${i.message}` });
  // The published version must parse as it did when published (it may predate a bound)…
  const ref = { entity: 'ruleSet', id: ruleSet.id, part: 'published', version: ruleSet.publishedVersion } as const;
  const published = readStoredRuleSet((await repo.findVersion(workspaceId, ruleSet.id, ruleSet.publishedVersion))?.document, ref);
  if (!published.ok) {
    reportUnusable(published.error);
    return published.error.issues.map((i) => atChoice(i, i.path));
  }
  // …and suit condition routing (help desk only).
  const combined = parseHandoffPolicy(resolveStoredPolicy(policy, published.value));
  if (combined.ok) return [];
  const prefix = 'assignment.ruleSet';
  return combined.error.map((i) => (i.path.startsWith(prefix) ? atChoice(i, i.path.slice(prefix.length).replace(/^\./, '')) : i));
}
