import { err, ok, parseHandoffPolicy, type HandoffPolicy, type RuleSet } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../../observability/logger';
import { invalid, notFound, type ServiceResult } from '../../shared/service-result';
import { defaultPolicyFor } from '../policies/default-policy';
import { HandoffPolicyRepository } from '../policies/handoff-policy.repository';
import { readStoredPolicy, readStoredRuleSet, refuseUnusable } from '../policies/stored-documents';
import { parseStoredPolicy, resolveStoredPolicy, type StoredHandoffPolicy } from '../policies/stored-policy';
import { RuleSetRepository } from '../rule-sets/rule-set.repository';

/** Which version of the routing rule set a simulation uses under condition routing. */
export type RuleSetSource = 'draft' | 'published';

const POLICY_PATH = 'input.policy';

/** Where a simulation reads the stored policy and rule sets, and reports unusable ones. */
export interface SimulationScope {
  readonly manager: EntityManager;
  readonly workspaceId: string;
  readonly logger: Logger;
}

/**
 * The policy a simulation runs: a draft the admin is editing (in the format updateHandoffPolicy
 * takes) or the stored one, with condition routing resolved to the rule set's draft or published
 * version. A draft that does not validate is answered with the same issues a save would get; a
 * stored policy or rule set that no longer validates with STORED_DOCUMENT_INVALID.
 */
export async function resolveSimulationPolicy(scope: SimulationScope, draft: unknown, source: RuleSetSource): Promise<ServiceResult<HandoffPolicy>> {
  const { manager, workspaceId, logger } = scope;
  let stored: StoredHandoffPolicy;
  if (draft !== undefined) {
    const parsed = parseStoredPolicy(draft);
    if (!parsed.ok) return err(invalid(parsed.error, POLICY_PATH));
    stored = parsed.value;
  } else {
    const row = await new HandoffPolicyRepository(manager).find(workspaceId);
    if (!row) return ok(await defaultPolicyFor(manager, workspaceId));
    const parsed = readStoredPolicy(row);
    if (!parsed.ok) return err(refuseUnusable(logger, workspaceId, parsed.error));
    stored = parsed.value;
  }
  let ruleSet: RuleSet | null = null;
  if (stored.assignment.mode === 'conditionRouting') {
    const found = await loadRuleSet(scope, stored.assignment.ruleSetId, source);
    if (!found.ok) return found;
    ruleSet = found.value;
  }
  const resolved = parseHandoffPolicy(resolveStoredPolicy(stored, ruleSet));
  return resolved.ok ? ok(resolved.value) : err(invalid(resolved.error, POLICY_PATH));
}

/** The draft, or the published version (none yet: routes nobody, as the live flow does). */
async function loadRuleSet({ manager, workspaceId, logger }: SimulationScope, id: string, source: RuleSetSource): Promise<ServiceResult<RuleSet | null>> {
  const repo = new RuleSetRepository(manager);
  const row = await repo.findById(workspaceId, id);
  if (!row) return err(notFound('ruleSet', id, `${POLICY_PATH}.assignment.ruleSetId`));
  if (source === 'published' && row.publishedVersion === null) return ok(null);
  const version = source === 'draft' ? row.draftVersion : (row.publishedVersion as number);
  const document = source === 'draft' ? row.draft : (await repo.findVersion(workspaceId, id, version))?.document;
  const parsed = readStoredRuleSet(document, { entity: 'ruleSet', id, part: source, version });
  return parsed.ok ? ok(parsed.value) : err(refuseUnusable(logger, workspaceId, parsed.error));
}
