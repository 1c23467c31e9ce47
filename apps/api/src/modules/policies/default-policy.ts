import { createDefaultHandoffPolicy, type HandoffPolicy } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import { TeamRepository } from '../people/team.repository';

/**
 * No policy stored yet: the domain's default (live, round robin, help desk) with every team of
 * the workspace as the pool, so a fresh workspace hands off to someone rather than to nobody.
 */
export async function defaultPolicyFor(manager: EntityManager, workspaceId: string): Promise<HandoffPolicy> {
  const teams = await new TeamRepository(manager).list(workspaceId);
  return createDefaultHandoffPolicy({ teamIds: teams.map((t) => t.id) });
}
