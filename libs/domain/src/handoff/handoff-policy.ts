import type { AssignmentStrategy, Destination, RuleSet } from '../rules/rule-ast';
import type { BuiltInTrigger, CustomTrigger } from '../triggers/trigger-types';

/** What happens once a trigger fires: live handoff now, asynchronous follow-up, or none at all. */
export const HANDOFF_PROCESSES = ['live', 'async', 'none'] as const;
/** What happens once a trigger fires. */
export type HandoffProcess = (typeof HANDOFF_PROCESSES)[number];

/** Live handoff with nobody assigned: keep the chat open in the Unassigned view, or close it. */
export const UNASSIGNED_BEHAVIOURS = ['keepOpen', 'closeConversation'] as const;
/** Live handoff with nobody assigned: keep open or close. */
export type UnassignedBehaviour = (typeof UNASSIGNED_BEHAVIOURS)[number];

/** The two ways of choosing who gets handed-off work. */
export const ASSIGNMENT_MODES = ['sameDestination', 'conditionRouting'] as const;

/** Who gets handed-off work. */
export type AssignmentConfig =
  | {
      /** Everything goes to one destination and one pool of users and/or teams. */
      readonly mode: 'sameDestination';
      readonly destination: Destination;
      readonly userIds: readonly string[];
      readonly teamIds: readonly string[];
      readonly strategy: AssignmentStrategy;
    }
  | {
      /** A ticket is created in the help desk and a rule set decides who gets it. */
      readonly mode: 'conditionRouting';
      readonly ruleSet: RuleSet;
      /** Strategy for `assignTeam` actions that do not name one. */
      readonly strategy: AssignmentStrategy;
    };

/** The visitor messages an admin writes, by kind. */
export const HANDOFF_MESSAGE_KINDS = ['teamAvailable', 'teamUnavailable', 'ticketUnassigned'] as const;

/** The texts the visitor sees, written by the admin. */
export interface HandoffMessages {
  readonly teamAvailable: string;
  readonly teamUnavailable: string;
  readonly ticketUnassigned: string;
}

/** Everything an admin configures about handoff for one workspace. */
export interface HandoffPolicy {
  readonly builtInTriggers: Readonly<Record<BuiltInTrigger, boolean>>;
  readonly customTriggers: readonly CustomTrigger[];
  readonly process: HandoffProcess;
  readonly assignment: AssignmentConfig;
  readonly messages: HandoffMessages;
  readonly unassignedBehaviour: UnassignedBehaviour;
}
