import type { AvailabilitySnapshot } from '../assignment/availability';
import { pickAssignee, type AssigneePick } from '../assignment/pick-assignee';
import type { AssignmentOutcome } from './handoff-decision';
import type { HandoffRoutingPlan } from './plan-handoff-routing';

/** Who got the work, whether they can act on it right now, and what the ticket's team and the round robin cursor become. */
export interface HandoffAssignment {
  readonly assignment: AssignmentOutcome;
  readonly availableNow: boolean;
  readonly teamId: string | null;
  readonly roundRobinCursor?: { readonly key: string; readonly userId: string };
}

/**
 * Picks the assignee. Live: someone available now (online, in hours, under capacity). Async:
 * someone available now if possible, else anyone under capacity who will follow up later,
 * whatever their presence and hours. A target with no known person in it is `noTarget`. The
 * ticket's team is the first target team the assignee belongs to, or, unassigned, the target's
 * only team when there is exactly one and it exists.
 */
export function assignHandoff(plan: HandoffRoutingPlan, mode: 'live' | 'async', world: AvailabilitySnapshot): HandoffAssignment {
  const { target } = plan;
  if (target === null) {
    const cause = plan.usedFallback ? 'noRuleMatched' : 'noTarget';
    return { assignment: { status: 'unassigned', cause, skipped: [] }, availableNow: false, teamId: null };
  }
  const strategy = target.strategy === 'direct' ? 'leastLoaded' : target.strategy;
  let pick: AssigneePick = pickAssignee(target.pool, strategy, world, 'availableNow');
  const availableNow = pick.userId !== null;
  if (pick.userId === null && mode === 'async') pick = pickAssignee(target.pool, strategy, world, 'spareCapacity');

  if (pick.userId === null) {
    const nobodyKnown = pick.skipped.every((s) => s.reason === 'unknownUser');
    const onlyTeam = target.teamIds.length === 1 ? target.teamIds[0] : undefined;
    return {
      assignment: { status: 'unassigned', cause: nobodyKnown ? 'noTarget' : 'nobodyAvailable', skipped: pick.skipped },
      availableNow: false,
      teamId: world.teams.find((t) => t.teamId === onlyTeam)?.teamId ?? null,
    };
  }
  const userId = pick.userId;
  const teamId = target.teamIds.find((id) => world.teams.some((t) => t.teamId === id && t.memberIds.includes(userId))) ?? null;
  return {
    assignment: { status: 'assigned', userId, teamId, strategy: target.strategy },
    availableNow,
    teamId,
    ...(pick.nextCursor === undefined ? {} : { roundRobinCursor: { key: target.pool.key, userId: pick.nextCursor } }),
  };
}
