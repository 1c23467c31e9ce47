import type { AssigneePick } from '../assignment/pick-assignee';
import type { AssignmentStrategy, Destination, Priority } from '../rules/rule-ast';
import type { HANDOFF_REASONS } from '../rules/field-catalogue';
import type { RoutingExplanation } from '../rules/routing-decision';
import type { BuiltInTrigger, TriggerMatch } from '../triggers/trigger-types';
import type { HandoffMessages } from './handoff-policy';

/** Why a conversation was handed off: a built-in trigger or a custom phrase. */
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/**
 * One trigger that fired. Built-ins say whether the AI agent signalled it or the visitor's
 * message gave it away (a request for a person, detected in the text).
 */
export type FiredTrigger =
  | { readonly reason: BuiltInTrigger; readonly source: 'signal' | 'message' }
  | { readonly reason: 'customTrigger'; readonly match: TriggerMatch };

/** The ticket a handoff creates, ready for the shell to store. */
export interface TicketDraft {
  readonly subject: string;
  readonly description: string;
  readonly priority: Priority;
  readonly tags: readonly string[];
  readonly sourceChannel: string;
  readonly destination: Destination;
  readonly teamId: string | null;
  readonly ownerId: string | null;
}

/** Why nobody got the work: no rule placed it, its target has nobody in it, or nobody in it could take it. */
export type UnassignedCause = 'noRuleMatched' | 'noTarget' | 'nobodyAvailable';

/** People passed over by assignment, and why. */
export type SkippedCandidates = Extract<AssigneePick, { userId: null }>['skipped'];

/** Who got the work. `direct` means a rule's assignUser named the person. */
export type AssignmentOutcome =
  | {
      readonly status: 'assigned';
      readonly userId: string;
      readonly teamId: string | null;
      readonly strategy: AssignmentStrategy | 'direct';
    }
  | { readonly status: 'unassigned'; readonly cause: UnassignedCause; readonly skipped: SkippedCandidates };

/** Which of the admin's texts the visitor sees. */
export type HandoffMessageKind = keyof HandoffMessages;

/** What becomes of the conversation. */
export type ConversationStatus = 'assigned' | 'unassigned' | 'closed';

/** The handoff that happens, with everything the shell must store, publish and show. */
export interface HandoffTaken {
  readonly handoff: true;
  readonly mode: 'live' | 'async';
  readonly firedTriggers: readonly FiredTrigger[];
  /** The first trigger that fired. */
  readonly reason: HandoffReason;
  readonly ticket: TicketDraft;
  /** The rule set's explanation under condition-based routing; `null` for same destination. */
  readonly routing: RoutingExplanation | null;
  readonly assignment: AssignmentOutcome;
  readonly message: { readonly kind: HandoffMessageKind; readonly text: string };
  readonly conversationStatus: ConversationStatus;
  /** The round robin cursor to store when round robin picked someone. */
  readonly roundRobinCursor?: { readonly key: string; readonly userId: string };
}

/** No handoff: nothing fired, or something fired but the process is "no handoff". */
export interface HandoffDeclined {
  readonly handoff: false;
  readonly reason: 'noTrigger' | 'processIsNoHandoff';
  readonly firedTriggers: readonly FiredTrigger[];
}

/** What `decideHandoff` decided. */
export type HandoffDecision = HandoffTaken | HandoffDeclined;

/** An event that will be handed off: what fired, and the mode. Who gets it depends on the world. */
export interface HandoffDue {
  readonly handoff: true;
  readonly mode: 'live' | 'async';
  readonly firedTriggers: readonly [FiredTrigger, ...FiredTrigger[]];
}

/** The world-independent first half of a decision: declined, or due. */
export type HandoffScreen = HandoffDeclined | HandoffDue;
