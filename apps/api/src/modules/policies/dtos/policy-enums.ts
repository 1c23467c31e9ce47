import { ASSIGNMENT_MODES, ASSIGNMENT_STRATEGIES, HANDOFF_PROCESSES, PHRASE_MATCH_MODES, UNASSIGNED_BEHAVIOURS } from '@handoff/domain';
import { graphqlEnum, type EnumValue } from '../../../graphql/graphql-enum';

/** What happens once a trigger fires. */
export const HandoffProcessEnum = graphqlEnum(HANDOFF_PROCESSES, 'HandoffProcess', 'Live handoff now, asynchronous follow-up, or no handoff at all.');
export type HandoffProcessEnum = EnumValue<typeof HandoffProcessEnum>;

/** How the person is chosen. */
export const AssignmentModeEnum = graphqlEnum(ASSIGNMENT_MODES, 'AssignmentMode', 'One destination and pool for everything, or condition-based routing with a rule set.');
export type AssignmentModeEnum = EnumValue<typeof AssignmentModeEnum>;

/** How a pool picks one person. */
export const AssignmentStrategyEnum = graphqlEnum(ASSIGNMENT_STRATEGIES, 'AssignmentStrategy', 'Round robin, or the least-loaded available person.');
export type AssignmentStrategyEnum = EnumValue<typeof AssignmentStrategyEnum>;

/** Live handoff with nobody assigned. */
export const UnassignedBehaviourEnum = graphqlEnum(UNASSIGNED_BEHAVIOURS, 'UnassignedBehaviour', 'Keep the chat open in the Unassigned view, or close the conversation.');
export type UnassignedBehaviourEnum = EnumValue<typeof UnassignedBehaviourEnum>;

/** How a custom trigger phrase is matched. */
export const PhraseMatchModeEnum = graphqlEnum(PHRASE_MATCH_MODES, 'PhraseMatchMode', 'Whole words, a phrase anywhere, word prefixes (inflected languages), or a safe regular expression.');
export type PhraseMatchModeEnum = EnumValue<typeof PhraseMatchModeEnum>;
