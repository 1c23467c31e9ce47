import type { Weekday } from '@handoff/domain';
import type { SetUserAvailabilityInput } from './dtos/set-user-availability.input';
import type { AvailabilityChange } from './people.service';
import type { TeamType } from './dtos/team.type';
import { PresenceStatusEnum, type UserType } from './dtos/user.type';
import type { TeamEntity } from './team.entity';
import type { UserEntity } from './user.entity';

/** Persistence shape → GraphQL shape. */
export const toUserType = (user: UserEntity): UserType => ({
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  status: user.status as PresenceStatusEnum,
  workingHours: user.workingHours ? { timeZone: user.workingHours.timeZone, intervals: user.workingHours.intervals.map((i) => ({ ...i })) } : null,
  capacity: user.capacity,
});

/** Persistence shape → GraphQL shape. */
export const toTeamType = (team: TeamEntity): TeamType => ({ id: team.id, name: team.name });

/**
 * GraphQL input → service change. Day names arrive as plain strings; the domain's
 * validateWorkingHours rejects unknown ones with a coded issue, so the cast is safe.
 */
export const toAvailabilityChange = (input: SetUserAvailabilityInput): AvailabilityChange => ({
  userId: input.userId,
  ...(input.status !== undefined ? { status: input.status } : {}),
  ...(input.workingHours !== undefined
    ? {
        workingHours: input.workingHours && {
          timeZone: input.workingHours.timeZone,
          intervals: input.workingHours.intervals.map((i) => ({ day: i.day as Weekday, start: i.start, end: i.end })),
        },
      }
    : {}),
  ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
});
