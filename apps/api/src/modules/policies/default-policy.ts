import { createDefaultHandoffPolicy, type HandoffPolicy } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import { TeamRepository } from '../people/team.repository';
import type { StoredHandoffPolicy } from './stored-policy';

/**
 * No policy stored yet: the domain's default (live, round robin, help desk) with every team of
 * the workspace as the pool, so a fresh workspace hands off to someone rather than to nobody.
 */
export async function defaultPolicyFor(manager: EntityManager, workspaceId: string): Promise<HandoffPolicy> {
  const teams = await new TeamRepository(manager).list(workspaceId);
  return createDefaultHandoffPolicy({ teamIds: teams.map((t) => t.id) });
}

/** The default policy in the stored shape, as reads show it while the stored one is unusable. */
export async function defaultStoredPolicyFor(manager: EntityManager, workspaceId: string): Promise<StoredHandoffPolicy> {
  const policy = await defaultPolicyFor(manager, workspaceId);
  const { assignment } = policy;
  // The default names its pool directly, so it already has the stored shape; anything else is a bug.
  if (assignment.mode !== 'sameDestination') throw new Error('The default handoff policy must not route by conditions');
  return { ...policy, assignment };
}
