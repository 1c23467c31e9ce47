import { err, ok, parseHandoffPolicy, parseRuleSet, type HandoffPolicy, type RuleSet } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import { invalid, notFound, type ServiceResult } from '../../shared/service-result';
import { defaultPolicyFor } from '../policies/default-policy';
import { HandoffPolicyRepository } from '../policies/handoff-policy.repository';
import { parseStoredPolicy, resolveStoredPolicy, type StoredHandoffPolicy } from '../policies/stored-policy';
import { RuleSetRepository } from '../rule-sets/rule-set.repository';

/** Which version of the routing rule set a simulation uses under condition routing. */
export type RuleSetSource = 'draft' | 'published';

const POLICY_PATH = 'input.policy';

/**
 * The policy a simulation runs: a draft the admin is editing (in the format updateHandoffPolicy
 * takes) or the stored one, with condition routing resolved to the rule set's draft or published
 * version. A draft that does not validate is answered with the same issues a save would get.
 */
export async function resolveSimulationPolicy(
  manager: EntityManager,
  workspaceId: string,
  draft: unknown,
  source: RuleSetSource,
): Promise<ServiceResult<HandoffPolicy>> {
  let stored: StoredHandoffPolicy;
  if (draft !== undefined) {
    const parsed = parseStoredPolicy(draft);
    if (!parsed.ok) return err(invalid(parsed.error, POLICY_PATH));
    stored = parsed.value;
  } else {
    const row = await new HandoffPolicyRepository(manager).find(workspaceId);
    if (!row) return ok(await defaultPolicyFor(manager, workspaceId));
    const parsed = parseStoredPolicy(row.document);
    if (!parsed.ok) throw new Error(`The stored handoff policy of workspace ${workspaceId} is invalid`);
    stored = parsed.value;
  }
  let ruleSet: RuleSet | null = null;
  if (stored.assignment.mode === 'conditionRouting') {
    const found = await loadRuleSet(manager, workspaceId, stored.assignment.ruleSetId, source);
    if (!found.ok) return found;
    ruleSet = found.value;
  }
  const resolved = parseHandoffPolicy(resolveStoredPolicy(stored, ruleSet));
  return resolved.ok ? ok(resolved.value) : err(invalid(resolved.error, POLICY_PATH));
}

/** The draft, or the published version (none yet: routes nobody, as the live flow does). */
async function loadRuleSet(manager: EntityManager, workspaceId: string, id: string, source: RuleSetSource): Promise<ServiceResult<RuleSet | null>> {
  const repo = new RuleSetRepository(manager);
  const row = await repo.findById(workspaceId, id);
  if (!row) return err(notFound('ruleSet', id, `${POLICY_PATH}.assignment.ruleSetId`));
  if (source === 'published' && row.publishedVersion === null) return ok(null);
  const document = source === 'draft' ? row.draft : (await repo.findVersion(workspaceId, id, row.publishedVersion as number))?.document;
  const parsed = parseRuleSet(document);
  if (!parsed.ok) throw new Error(`Stored rule set ${id} (${source}) is invalid`);
  return ok(parsed.value);
}
