import type { AgentAvailability } from './availability';
import { isWithinWorkingHours } from './is-within-working-hours';

/** Why someone cannot take work now, in the order they are checked. */
export type UnavailabilityReason = 'offline' | 'away' | 'outsideHours' | 'atCapacity';

/** Tells whether someone can take one more open item, whatever their presence and hours. */
export const hasSpareCapacity = (agent: AgentAvailability): boolean => agent.openItems < agent.capacity;

/**
 * Why someone cannot take work at `now` (epoch ms), or `null` when they can: presence first
 * (what the person chose), then working hours, then load.
 */
export function explainUnavailability(agent: AgentAvailability, now: number): UnavailabilityReason | null {
  if (agent.status !== 'online') return agent.status;
  if (!isWithinWorkingHours(agent.workingHours, now)) return 'outsideHours';
  if (!hasSpareCapacity(agent)) return 'atCapacity';
  return null;
}

/** Tells whether someone can take work now: online, within working hours and under capacity. */
export const isAgentAvailable = (agent: AgentAvailability, now: number): boolean => explainUnavailability(agent, now) === null;
