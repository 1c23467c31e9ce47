import { describeStrategy } from './describe-outcome';

/** A routing action as the trace reports it. */
export interface TraceAction {
  readonly type: string;
  readonly teamId: string | null;
  readonly userId: string | null;
  readonly priority: string | null;
  readonly tags: readonly string[] | null;
  readonly destination: string | null;
  readonly message: string | null;
  readonly strategy: string | null;
}

/** Names for the ids an action carries; undefined when unknown (a deleted team, say). */
export interface ActionNames {
  readonly team: (id: string) => string | undefined;
  readonly user: (id: string) => string | undefined;
  readonly destination: (kind: string) => string | undefined;
}

const quoted = (items: readonly string[]): string => items.map((t) => `“${t}”`).join(', ');

/** One action as a sentence: "Assign to team Billing (round robin)". */
export function describeAction(action: TraceAction, names: ActionNames): string {
  switch (action.type) {
    case 'assignTeam': {
      const team = action.teamId ? (names.team(action.teamId) ?? `unknown team ${action.teamId}`) : 'a team';
      const strategy = describeStrategy(action.strategy);
      return `Assign to team ${team}${strategy ? ` (${strategy})` : ''}`;
    }
    case 'assignUser':
      return `Assign to ${action.userId ? (names.user(action.userId) ?? `unknown person ${action.userId}`) : 'a person'}`;
    case 'setPriority':
      return `Set priority to ${action.priority ?? '?'}`;
    case 'addTags':
      return `Add tags ${quoted(action.tags ?? [])}`;
    case 'setDestination':
      return `Send to ${action.destination ? (names.destination(action.destination) ?? action.destination) : '?'}`;
    case 'sendMessage':
      return `Send the message “${action.message ?? ''}”`;
    default:
      return action.type;
  }
}
