import type { TeamMembership } from './availability';

/** The people one assignment chooses among, in a stable order, and the key its round robin cursor is stored under. */
export interface AssigneePool {
  readonly key: string;
  readonly candidateIds: readonly string[];
}

/** Where a pool's people come from: users named directly and/or whole teams. */
export interface PoolSource {
  readonly userIds?: readonly string[];
  readonly teamIds?: readonly string[];
}

const sortedUnique = (ids: readonly string[] | undefined): string[] => [...new Set(ids ?? [])].sort();

/**
 * The round robin cursor key of a pool: `team:<id>` for exactly one team (so a team shares its
 * cursor wherever it is used), else `users:<sorted ids>` and/or `teams:<sorted ids>` joined by `|`.
 * Ids are assumed not to contain `,` or `|` (they are opaque UUID-like strings).
 */
export function poolKey(source: PoolSource): string {
  const users = sortedUnique(source.userIds);
  const teams = sortedUnique(source.teamIds);
  if (users.length === 0 && teams.length === 1) return `team:${teams[0]}`;
  const parts: string[] = [];
  if (users.length > 0 || teams.length === 0) parts.push(`users:${users.join(',')}`);
  if (teams.length > 0) parts.push(`teams:${teams.join(',')}`);
  return parts.join('|');
}

/**
 * Builds a pool: the named users first, then each team's members in team order, each person
 * once (someone in two teams counts once). Unknown teams add nobody.
 */
export function buildAssigneePool(source: PoolSource, teams: readonly TeamMembership[]): AssigneePool {
  const byId = new Map(teams.map((t) => [t.teamId, t.memberIds]));
  const ids = new Set(source.userIds ?? []);
  for (const teamId of source.teamIds ?? []) for (const member of byId.get(teamId) ?? []) ids.add(member);
  return { key: poolKey(source), candidateIds: [...ids] };
}
