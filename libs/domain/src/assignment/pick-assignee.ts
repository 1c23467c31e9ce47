import type { AssignmentStrategy } from '../rules/rule-ast';
import type { AgentAvailability, AvailabilitySnapshot } from './availability';
import type { AssigneePool } from './build-assignee-pool';
import { explainUnavailability, hasSpareCapacity, type UnavailabilityReason } from './is-agent-available';

/**
 * Who may be picked: `availableNow` (online, in working hours, under capacity: live handoff) or
 * `spareCapacity` (under capacity only, whatever presence and hours: someone who follows up later).
 */
export type AssigneeEligibility = 'availableNow' | 'spareCapacity';

/** Why a candidate was passed over: unavailable, or not a known agent at all. */
export type SkipReason = UnavailabilityReason | 'unknownUser';

/** A candidate passed over, and why. */
export interface SkippedCandidate {
  readonly userId: string;
  readonly reason: SkipReason;
}

/** The pick: a user (and, for round robin, the cursor the shell must store), or nobody and why each was skipped. */
export type AssigneePick =
  | { readonly userId: string; readonly nextCursor?: string }
  | { readonly userId: null; readonly skipped: readonly SkippedCandidate[] };

/**
 * Picks one eligible person from a pool. Round robin walks the candidates in order from just
 * after the pool's cursor (from the start when the cursor is missing or no longer in the pool)
 * and returns the new cursor; least-loaded takes the lowest openItems/capacity ratio, ties going
 * to fewer open items, then to pool order. Duplicates count once; unknown ids are skipped.
 */
export function pickAssignee(
  pool: AssigneePool,
  strategy: AssignmentStrategy,
  world: AvailabilitySnapshot,
  eligibility: AssigneeEligibility = 'availableNow',
): AssigneePick {
  const agents = new Map(world.agents.map((a) => [a.userId, a]));
  const candidates = [...new Set(pool.candidateIds)];
  const skipped: SkippedCandidate[] = [];
  const eligible = (userId: string): AgentAvailability | null => {
    const agent = agents.get(userId);
    if (agent === undefined) {
      skipped.push({ userId, reason: 'unknownUser' });
      return null;
    }
    const reason = skipReason(agent, world.now, eligibility);
    if (reason === null) return agent;
    skipped.push({ userId, reason });
    return null;
  };

  if (strategy === 'roundRobin') {
    const cursor = world.roundRobinCursors[pool.key];
    const start = cursor === undefined ? 0 : candidates.indexOf(cursor) + 1;
    for (let k = 0; k < candidates.length; k++) {
      const userId = candidates[(start + k) % candidates.length] as string;
      if (eligible(userId)) return { userId, nextCursor: userId };
    }
    return { userId: null, skipped };
  }

  let best: AgentAvailability | null = null;
  for (const userId of candidates) {
    const agent = eligible(userId);
    if (agent && (best === null || isLessLoaded(agent, best))) best = agent;
  }
  return best ? { userId: best.userId } : { userId: null, skipped };
}

function skipReason(agent: AgentAvailability, now: number, eligibility: AssigneeEligibility): UnavailabilityReason | null {
  if (eligibility === 'availableNow') return explainUnavailability(agent, now);
  return hasSpareCapacity(agent) ? null : 'atCapacity';
}

// Compares open/capacity ratios by cross-multiplying: exact for integers, and capacity > 0 for anyone eligible.
function isLessLoaded(a: AgentAvailability, b: AgentAvailability): boolean {
  const left = a.openItems * b.capacity;
  const right = b.openItems * a.capacity;
  return left < right || (left === right && a.openItems < b.openItems);
}
