import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupBy } from '../../shared/group-by';
import { TeamRepository } from './team.repository';
import type { TeamEntity } from './team.entity';
import { UserRepository } from './user.repository';
import type { UserEntity } from './user.entity';

/** Per-request batch loaders for people: one SQL statement per relation per request level. */
export interface PeopleLoaders {
  readonly userById: DataLoader<string, UserEntity | null>;
  readonly teamById: DataLoader<string, TeamEntity | null>;
  readonly membersOfTeam: DataLoader<string, UserEntity[]>;
  readonly teamsOfUser: DataLoader<string, TeamEntity[]>;
  readonly openTicketsOfUser: DataLoader<string, number>;
}

/** Creates the people loaders for one request in one workspace. */
export function createPeopleLoaders(dataSource: DataSource, workspaceId: string): PeopleLoaders {
  const users = new UserRepository(dataSource.manager);
  const teams = new TeamRepository(dataSource.manager);
  const teamById = new DataLoader<string, TeamEntity | null>(async (ids) => byId(ids, await teams.findByIds(workspaceId, ids)));
  // Each batch reads its rows joined with the next relation a screen shows (a person's teams, a
  // team's members) and primes the loaders of those, so the deeper level costs no statement.
  const teamsOfUser = new DataLoader<string, TeamEntity[]>(async (userIds) => {
    const rows = await teams.teamsOfUsers(workspaceId, userIds);
    for (const { team } of rows) teamById.prime(team.id, team);
    return groupBy(userIds, rows, (r) => r.userId).map((memberships) => memberships.map((m) => m.team));
  });
  const userById = new DataLoader<string, UserEntity | null>(async (ids) => {
    const rows = await users.findByIdsWithTeams(workspaceId, ids);
    for (const { user, teams: ofUser } of rows) {
      teamsOfUser.prime(user.id, ofUser);
      for (const team of ofUser) teamById.prime(team.id, team);
    }
    return byId(ids, rows.map((r) => r.user));
  });
  return {
    userById,
    teamById,
    teamsOfUser,
    membersOfTeam: new DataLoader(async (teamIds) => {
      const rows = await teams.membersOf(workspaceId, teamIds);
      for (const { user } of rows) userById.prime(user.id, user);
      return groupBy(teamIds, rows, (r) => r.teamId).map((members) => members.map((m) => m.user));
    }),
    openTicketsOfUser: new DataLoader(async (userIds) => {
      const counts = await users.countOpenTickets(workspaceId, userIds);
      return userIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

function byId<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}
