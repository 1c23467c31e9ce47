import type { TeamMembership } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { requireWorkspace } from '../../db/workspace-scope';
import { RoundRobinCursorEntity } from './round-robin-cursor.entity';
import { TeamMemberEntity } from './team-member.entity';
import { TeamEntity } from './team.entity';
import type { UserEntity } from './user.entity';

/** Teams, their members and round-robin cursors of one workspace. */
export class TeamRepository {
  constructor(private readonly manager: EntityManager) {}

  list(workspaceId: string): Promise<TeamEntity[]> {
    return this.manager.find(TeamEntity, { where: { workspaceId: requireWorkspace(workspaceId) }, order: { name: 'ASC', id: 'ASC' } });
  }

  findByIds(workspaceId: string, ids: readonly string[]): Promise<TeamEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.find(TeamEntity, { where: { workspaceId: requireWorkspace(workspaceId), id: In([...ids]) } });
  }

  insert(team: TeamEntity, memberIds: readonly string[]): Promise<unknown> {
    const workspaceId = requireWorkspace(team.workspaceId);
    return this.manager.insert(TeamEntity, team).then(() =>
      memberIds.length === 0
        ? undefined
        : this.manager.insert(
            TeamMemberEntity,
            memberIds.map((userId, position) => ({ teamId: team.id, userId, workspaceId, position })),
          ),
    );
  }

  /** Every team's members in round-robin order; one query. */
  async memberships(workspaceId: string): Promise<TeamMembership[]> {
    const rows = await this.manager.find(TeamMemberEntity, {
      where: { workspaceId: requireWorkspace(workspaceId) },
      order: { teamId: 'ASC', position: 'ASC' },
    });
    const byTeam = new Map<string, string[]>();
    for (const row of rows) byTeam.set(row.teamId, [...(byTeam.get(row.teamId) ?? []), row.userId]);
    return [...byTeam].map(([teamId, memberIds]) => ({ teamId, memberIds }));
  }

  /** Memberships of the given teams with each member's user row, in round-robin order; one statement, for DataLoader batching. */
  membersOf(workspaceId: string, teamIds: readonly string[]): Promise<(TeamMemberEntity & { user: UserEntity })[]> {
    if (teamIds.length === 0) return Promise.resolve([]);
    return this.manager.find(TeamMemberEntity, {
      where: { workspaceId: requireWorkspace(workspaceId), teamId: In([...teamIds]) },
      relations: { user: true },
      order: { position: 'ASC' },
    }) as Promise<(TeamMemberEntity & { user: UserEntity })[]>;
  }

  /** Memberships of the given users with each team's row, teams by name; one statement, for DataLoader batching. */
  teamsOfUsers(workspaceId: string, userIds: readonly string[]): Promise<(TeamMemberEntity & { team: TeamEntity })[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.manager.find(TeamMemberEntity, {
      where: { workspaceId: requireWorkspace(workspaceId), userId: In([...userIds]) },
      relations: { team: true },
      order: { team: { name: 'ASC', id: 'ASC' } },
    }) as Promise<(TeamMemberEntity & { team: TeamEntity })[]>;
  }

  async roundRobinCursors(workspaceId: string): Promise<Record<string, string>> {
    const rows = await this.manager.find(RoundRobinCursorEntity, { where: { workspaceId: requireWorkspace(workspaceId) } });
    return Object.fromEntries(rows.map((r) => [r.poolKey, r.userId]));
  }

  async saveRoundRobinCursor(workspaceId: string, poolKey: string, userId: string): Promise<void> {
    await this.manager.upsert(RoundRobinCursorEntity, { workspaceId: requireWorkspace(workspaceId), poolKey, userId }, ['workspaceId', 'poolKey']);
  }
}
