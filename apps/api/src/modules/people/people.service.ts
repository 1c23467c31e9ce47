import { explainUnavailability, isWithinWorkingHours, validateWorkingHours, type AgentAvailability, type WorkingHours } from '@handoff/domain';
import type { DataSource } from 'typeorm';
import { ok, err } from '@handoff/domain';
import type { Clock, IdGenerator } from '../../shared/clock';
import { invalid, notFound, type ServiceResult } from '../../shared/service-result';
import { AuditRepository } from '../audit/audit.repository';
import { TeamRepository } from './team.repository';
import type { TeamEntity } from './team.entity';
import { UserRepository } from './user.repository';
import type { UserEntity } from './user.entity';

/** A person's availability now, as assignment sees it. */
export interface AvailabilityView {
  readonly user: UserEntity;
  readonly available: boolean;
  readonly reason: string | null;
  readonly withinWorkingHours: boolean;
  readonly openTickets: number;
}

/** What an agent may change about their own availability. */
export interface AvailabilityChange {
  readonly userId: string;
  readonly status?: 'online' | 'away' | 'offline';
  readonly workingHours?: WorkingHours | null;
  readonly capacity?: number;
}

/** People and teams: listing, live availability, and presence changes. */
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  listUsers(workspaceId: string): Promise<UserEntity[]> {
    return new UserRepository(this.dataSource.manager).list(workspaceId);
  }

  listTeams(workspaceId: string): Promise<TeamEntity[]> {
    return new TeamRepository(this.dataSource.manager).list(workspaceId);
  }

  async availability(workspaceId: string): Promise<AvailabilityView[]> {
    const users = new UserRepository(this.dataSource.manager);
    const [people, load] = await Promise.all([users.list(workspaceId), users.countOpenTickets(workspaceId)]);
    const now = this.clock().getTime();
    return people.map((user) => {
      const agent = toAgentAvailability(user, load.get(user.id) ?? 0);
      const reason = explainUnavailability(agent, now);
      return { user, available: reason === null, reason, withinWorkingHours: isWithinWorkingHours(user.workingHours, now), openTickets: agent.openItems };
    });
  }

  /** Applies a presence change; working-hour changes are configuration and are audited. */
  async setAvailability(workspaceId: string, actor: string, change: AvailabilityChange): Promise<ServiceResult<UserEntity>> {
    if (change.workingHours) {
      const issues = validateWorkingHours(change.workingHours, 'workingHours');
      if (issues.length > 0) return err(invalid(issues, 'input'));
    }
    return this.dataSource.transaction(async (manager) => {
      const users = new UserRepository(manager);
      const before = await users.findById(workspaceId, change.userId);
      if (!before) return err(notFound('user', change.userId, 'input.userId'));
      const changes = {
        ...(change.status !== undefined ? { status: change.status } : {}),
        ...(change.workingHours !== undefined ? { workingHours: change.workingHours } : {}),
        ...(change.capacity !== undefined ? { capacity: change.capacity } : {}),
      };
      await users.update(workspaceId, change.userId, changes);
      const after = { ...before, ...changes };
      const now = this.clock();
      await new AuditRepository(manager).append(
        { workspaceId, actor, entityType: 'user', entityId: before.id, action: 'setAvailability', before: availabilityOf(before), after: availabilityOf(after) },
        this.ids(),
        now,
      );
      return ok(after);
    });
  }
}

/** The domain's view of a person. */
export const toAgentAvailability = (user: UserEntity, openItems: number): AgentAvailability => ({
  userId: user.id,
  status: user.status as AgentAvailability['status'],
  workingHours: user.workingHours,
  capacity: user.capacity,
  openItems,
});

const availabilityOf = (user: Pick<UserEntity, 'status' | 'workingHours' | 'capacity'>) => ({
  status: user.status,
  workingHours: user.workingHours,
  capacity: user.capacity,
});
