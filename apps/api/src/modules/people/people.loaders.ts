import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
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
  const userById = new DataLoader<string, UserEntity | null>(async (ids) => byId(ids, await users.findByIds(workspaceId, ids)));
  const teamById = new DataLoader<string, TeamEntity | null>(async (ids) => byId(ids, await teams.findByIds(workspaceId, ids)));
  return {
    userById,
    teamById,
    membersOfTeam: new DataLoader(async (teamIds) => {
      const rows = await teams.membersOf(workspaceId, teamIds);
      const members = await userById.loadMany([...new Set(rows.map((r) => r.userId))]);
      const found = new Map(members.filter((m): m is UserEntity => !!m && !(m instanceof Error)).map((m) => [m.id, m]));
      return teamIds.map((teamId) => rows.filter((r) => r.teamId === teamId).flatMap((r) => found.get(r.userId) ?? []));
    }),
    teamsOfUser: new DataLoader(async (userIds) => {
      const rows = await teams.teamsOfUsers(workspaceId, userIds);
      const loaded = await teamById.loadMany([...new Set(rows.map((r) => r.teamId))]);
      const found = new Map(loaded.filter((t): t is TeamEntity => !!t && !(t instanceof Error)).map((t) => [t.id, t]));
      return userIds.map((userId) => rows.filter((r) => r.userId === userId).flatMap((r) => found.get(r.teamId) ?? []));
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
