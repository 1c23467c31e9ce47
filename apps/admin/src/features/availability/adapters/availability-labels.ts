import { describeUnavailabilityReason } from '../../../lib/people/describe-unavailability-reason';
import type { PresenceStatus } from '../../../generated/graphql';

export const PRESENCE_OPTIONS: ReadonlyArray<{ readonly value: PresenceStatus; readonly label: string; readonly color: string }> = [
  { value: 'online', label: 'Online', color: 'teal' },
  { value: 'away', label: 'Away', color: 'yellow' },
  { value: 'offline', label: 'Offline', color: 'gray' },
];

export const presenceColor = (status: PresenceStatus): string => PRESENCE_OPTIONS.find((o) => o.value === status)?.color ?? 'gray';

/** Why someone is not picked for assignment, in words (the API sends a code). */
export const describeReason = (reason: string | null): string => (reason === null ? 'Ready for new work' : describeUnavailabilityReason(reason));

/** Load as a share of capacity, and a colour that warns before someone is full. */
export function loadView(openTickets: number, capacity: number): { readonly percent: number; readonly color: string } {
  const percent = capacity > 0 ? Math.min(100, Math.round((openTickets / capacity) * 100)) : 100;
  return { percent, color: percent >= 100 ? 'red' : percent >= 75 ? 'orange' : 'teal' };
}
