import type { PresenceStatus } from '../../../generated/graphql';
import { describeUnavailability } from './ticket-labels';

/** A person offered in the assignee picker. */
export interface AssigneeChoice {
  readonly id: string;
  readonly name: string;
  readonly status: PresenceStatus;
  /** "2 of 5 open"; null until the availability answer arrives. */
  readonly load: string | null;
  /** Whether automatic assignment would pick them now; null when unknown. */
  readonly available: boolean | null;
  readonly reason: string | null;
}

interface Person {
  readonly id: string;
  readonly name: string;
  readonly status: PresenceStatus;
}

interface Availability {
  readonly user: Person & { readonly capacity: number; readonly openTickets: number };
  readonly available: boolean;
  readonly reason: string | null;
}

/**
 * Everyone who can be picked, with presence and load when known, limited to `memberIds` unless
 * that is null (no team, or "show everyone"). The current pick always stays listed.
 */
export function assigneeChoices(
  people: readonly Person[],
  availability: readonly Availability[] | undefined,
  memberIds: ReadonlySet<string> | null,
  keepId: string | null,
): AssigneeChoice[] {
  const byId = new Map((availability ?? []).map((a) => [a.user.id, a]));
  return people
    .filter((person) => memberIds === null || memberIds.has(person.id) || person.id === keepId)
    .map((person) => {
      const a = byId.get(person.id);
      return {
        id: person.id,
        name: person.name,
        status: a?.user.status ?? person.status,
        load: a ? `${a.user.openTickets} of ${a.user.capacity} open` : null,
        available: a ? a.available : null,
        reason: a ? describeUnavailability(a.reason) : null,
      };
    });
}

/** One line under the picker about the chosen person, so an admin sees who is away before assigning. */
export function describeChoice(choice: AssigneeChoice): string {
  const parts = [choice.status[0]?.toUpperCase() + choice.status.slice(1), choice.load].filter(Boolean);
  if (choice.available === true) parts.push('available for automatic assignment');
  else if (choice.available === false) parts.push(`not picked automatically (${choice.reason?.toLowerCase()})`);
  return parts.join(' · ');
}
