import type { AvailabilitySnapshot } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import { toAgentAvailability } from '../people/people.service';
import { TeamRepository } from '../people/team.repository';
import { UserRepository } from '../people/user.repository';

/**
 * The world as assignment sees it at `now`: everyone's presence, hours and open-ticket load,
 * team memberships and round-robin cursors. Four queries, whatever the size of the workspace.
 */
export async function loadAvailabilitySnapshot(manager: EntityManager, workspaceId: string, now: Date): Promise<AvailabilitySnapshot> {
  const users = new UserRepository(manager);
  const teams = new TeamRepository(manager);
  // Sequential on purpose: inside a transaction there is one connection, and queries on it queue anyway.
  const people = await users.list(workspaceId);
  const load = await users.countOpenTickets(workspaceId);
  const memberships = await teams.memberships(workspaceId);
  const roundRobinCursors = await teams.roundRobinCursors(workspaceId);
  return {
    now: now.getTime(),
    agents: people.map((user) => toAgentAvailability(user, load.get(user.id) ?? 0)),
    teams: memberships,
    roundRobinCursors,
  };
}
