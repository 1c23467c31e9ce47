import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { requireWorkspace } from '../../db/workspace-scope';
import { TicketEntity } from '../tickets/ticket.entity';
import { TeamMemberEntity } from './team-member.entity';
import type { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

/** Ticket statuses that count against a person's capacity. */
export const OPEN_TICKET_STATUSES = ['new', 'open', 'pending'] as const;

/** Users of one workspace. The only place that queries the users table. */
export class UserRepository {
  constructor(private readonly manager: EntityManager) {}

  list(workspaceId: string): Promise<UserEntity[]> {
    return this.manager.find(UserEntity, { where: { workspaceId: requireWorkspace(workspaceId) }, order: { name: 'ASC', id: 'ASC' } });
  }

  findByIds(workspaceId: string, ids: readonly string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.manager.find(UserEntity, { where: { workspaceId: requireWorkspace(workspaceId), id: In([...ids]) } });
  }

  /**
   * The given users, each with their teams (by name), in one statement: whoever shows a person
   * nearly always shows their teams, and the people loaders keep both.
   */
  async findByIdsWithTeams(workspaceId: string, ids: readonly string[]): Promise<{ user: UserEntity; teams: TeamEntity[] }[]> {
    if (ids.length === 0) return [];
    const rows = (await this.manager
      .createQueryBuilder(UserEntity, 'u')
      .leftJoinAndMapMany('u.memberships', TeamMemberEntity, 'm', 'm.user_id = u.id AND m.workspace_id = u.workspace_id')
      .leftJoinAndSelect('m.team', 'team')
      .where('u.workspace_id = :workspaceId', { workspaceId: requireWorkspace(workspaceId) })
      .andWhere('u.id IN (:...ids)', { ids: [...ids] })
      .orderBy('team.name', 'ASC')
      .addOrderBy('team.id', 'ASC')
      .getMany()) as (UserEntity & { memberships: (TeamMemberEntity & { team: TeamEntity })[] })[];
    return rows.map(({ memberships, ...user }) => ({ user: Object.assign(new UserEntity(), user), teams: memberships.map((m) => m.team) }));
  }

  findById(workspaceId: string, id: string): Promise<UserEntity | null> {
    return this.manager.findOneBy(UserEntity, { workspaceId: requireWorkspace(workspaceId), id });
  }

  insert(user: UserEntity): Promise<unknown> {
    requireWorkspace(user.workspaceId);
    return this.manager.insert(UserEntity, user);
  }

  async update(workspaceId: string, id: string, changes: Partial<Pick<UserEntity, 'status' | 'workingHours' | 'capacity'>>): Promise<void> {
    await this.manager.update(UserEntity, { workspaceId: requireWorkspace(workspaceId), id }, changes);
  }

  /** Open tickets per owner, for capacity and least-loaded assignment: one grouped query. */
  async countOpenTickets(workspaceId: string, userIds?: readonly string[]): Promise<Map<string, number>> {
    const query = this.manager
      .createQueryBuilder(TicketEntity, 't')
      .select('t.owner_id', 'ownerId')
      .addSelect('COUNT(*)', 'count')
      .where('t.workspace_id = :workspaceId', { workspaceId: requireWorkspace(workspaceId) })
      .andWhere('t.status IN (:...statuses)', { statuses: [...OPEN_TICKET_STATUSES] })
      .andWhere('t.owner_id IS NOT NULL');
    if (userIds) {
      if (userIds.length === 0) return new Map();
      query.andWhere('t.owner_id IN (:...userIds)', { userIds: [...userIds] });
    }
    const rows = await query.groupBy('t.owner_id').getRawMany<{ ownerId: string; count: string | number }>();
    return new Map(rows.map((r) => [r.ownerId, Number(r.count)]));
  }
}
