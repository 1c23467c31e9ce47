import {
  ASSIGNMENT_MODES,
  ASSIGNMENT_STRATEGIES,
  BUILT_IN_TRIGGERS,
  DESTINATIONS,
  HANDOFF_MESSAGE_KINDS,
  HANDOFF_PROCESSES,
  PHRASE_MATCH_MODES,
  UNASSIGNED_BEHAVIOURS,
  type AssignmentStrategy,
  type BuiltInTrigger,
  type Destination,
  type HandoffMessages,
  type HandoffProcess,
  type PhraseMatchMode,
  type UnassignedBehaviour,
} from '@handoff/domain';

/** One custom trigger row; `ignoreAccents` is always explicit in the form. */
export interface TriggerRow {
  readonly id: string;
  readonly phrase: string;
  readonly mode: PhraseMatchMode;
  readonly ignoreAccents: boolean;
}

/**
 * What the settings screen edits. Both assignment modes keep their fields, so switching mode
 * and back loses nothing; only the active mode reaches the document.
 */
export interface PolicyForm {
  readonly builtInTriggers: Readonly<Record<BuiltInTrigger, boolean>>;
  readonly customTriggers: readonly TriggerRow[];
  readonly process: HandoffProcess;
  readonly assignmentMode: (typeof ASSIGNMENT_MODES)[number];
  readonly destination: Destination;
  readonly userIds: readonly string[];
  readonly teamIds: readonly string[];
  readonly strategy: AssignmentStrategy;
  readonly ruleSetId: string | null;
  readonly messages: HandoffMessages;
  readonly unassignedBehaviour: UnassignedBehaviour;
}

/** The policy in the format `updateHandoffPolicy` takes (condition routing names its rule set by id). */
export type PolicyDocument = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const record = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Reads the server's document into form state. The server only hands out valid documents; the
 * fallbacks keep the screen usable (and the save validatable) if one ever is not.
 */
export function documentToForm(document: unknown): PolicyForm {
  const root = record(document);
  const builtIns = record(root['builtInTriggers']);
  const assignment = record(root['assignment']);
  const messages = record(root['messages']);
  const mode = oneOf(assignment['mode'], ASSIGNMENT_MODES, 'sameDestination');
  const ruleSetId = assignment['ruleSetId'];
  return {
    builtInTriggers: Object.fromEntries(BUILT_IN_TRIGGERS.map((key) => [key, builtIns[key] !== false])) as Record<BuiltInTrigger, boolean>,
    customTriggers: (Array.isArray(root['customTriggers']) ? root['customTriggers'] : []).map((item: unknown) => {
      const trigger = record(item);
      return { id: text(trigger['id']), phrase: text(trigger['phrase']), mode: oneOf(trigger['mode'], PHRASE_MATCH_MODES, 'word'), ignoreAccents: trigger['ignoreAccents'] === true };
    }),
    process: oneOf(root['process'], HANDOFF_PROCESSES, 'live'),
    assignmentMode: mode,
    destination: mode === 'sameDestination' ? oneOf(assignment['destination'], DESTINATIONS, 'helpDesk') : 'helpDesk',
    userIds: strings(assignment['userIds']),
    teamIds: strings(assignment['teamIds']),
    strategy: oneOf(assignment['strategy'], ASSIGNMENT_STRATEGIES, 'roundRobin'),
    ruleSetId: typeof ruleSetId === 'string' && ruleSetId !== '' ? ruleSetId : null,
    messages: { teamAvailable: text(messages['teamAvailable']), teamUnavailable: text(messages['teamUnavailable']), ticketUnassigned: text(messages['ticketUnassigned']) },
    unassignedBehaviour: oneOf(root['unassignedBehaviour'], UNASSIGNED_BEHAVIOURS, 'keepOpen'),
  };
}

/** The document to send; keys in a fixed order so two equal forms serialise identically. */
export function formToDocument(form: PolicyForm): PolicyDocument {
  const assignment =
    form.assignmentMode === 'sameDestination'
      ? { mode: 'sameDestination', destination: form.destination, userIds: [...form.userIds], teamIds: [...form.teamIds], strategy: form.strategy }
      : // An unchosen rule set is sent as '' so the server (and the live check) report it at assignment.ruleSetId.
        { mode: 'conditionRouting', ruleSetId: form.ruleSetId ?? '', strategy: form.strategy };
  return {
    builtInTriggers: Object.fromEntries(BUILT_IN_TRIGGERS.map((key) => [key, form.builtInTriggers[key]])),
    // ignoreAccents is optional in the domain; only `true` changes matching, so only `true` is written.
    customTriggers: form.customTriggers.map(({ id, phrase, mode, ignoreAccents }) => ({ id, phrase, mode, ...(ignoreAccents ? { ignoreAccents } : {}) })),
    process: form.process,
    assignment,
    messages: Object.fromEntries(HANDOFF_MESSAGE_KINDS.map((kind) => [kind, form.messages[kind]])),
    unassignedBehaviour: form.unassignedBehaviour,
  };
}

/** True when the two forms would save the same document (inactive-mode fields do not count). */
export function sameDocument(a: PolicyForm, b: PolicyForm): boolean {
  return JSON.stringify(formToDocument(a)) === JSON.stringify(formToDocument(b));
}

/** A fresh trigger id, unique in the list: `custom-<n>` above every such id already there. */
export function nextTriggerId(triggers: readonly TriggerRow[]): string {
  const taken = triggers.map((t) => /^custom-(\d+)$/.exec(t.id)?.[1]).map((n) => (n === undefined ? 0 : Number(n)));
  return `custom-${Math.max(0, ...taken) + 1}`;
}
