import dayjs from 'dayjs';

// The API speaks in codes; the admin reads sentences. Unknown codes (a newer server) still show, as themselves.

const REASONS: Readonly<Record<string, string>> = {
  visitorAskedForHuman: 'The visitor asked to talk to a person.',
  agentCannotAnswer: 'The AI agent could not answer.',
  agentPaused: 'The AI agent was paused.',
  customTrigger: 'The message contains one of your trigger phrases.',
  noTrigger: 'No trigger fired, so the AI agent keeps the conversation.',
  processIsNoHandoff: 'A trigger fired, but the handoff process is set to “no handoff”, so the AI agent keeps the conversation.',
  alreadyHandedOff: 'The conversation was already handed off.',
};

/** Why the conversation was (or was not) handed off, as a sentence. */
export const describeReason = (reason: string): string => REASONS[reason] ?? `Reason: ${reason}.`;

const TRIGGERS: Readonly<Record<string, string>> = {
  visitorAskedForHuman: 'Visitor asked for a person',
  agentCannotAnswer: 'AI agent cannot answer',
  agentPaused: 'AI agent paused',
  customTrigger: 'Trigger phrase',
};

/** A fired trigger's name, with where it came from (the agent's signal or the message itself). */
export function describeTrigger(trigger: { kind: string; source: string | null; phrase: string | null }): string {
  const name = TRIGGERS[trigger.kind] ?? trigger.kind;
  if (trigger.kind === 'customTrigger') return trigger.phrase ? `${name} “${trigger.phrase}”` : name;
  if (trigger.source === 'signal') return `${name} (signalled by the AI agent)`;
  if (trigger.source === 'message') return `${name} (found in the message)`;
  return name;
}

const SKIP_REASONS: Readonly<Record<string, string>> = {
  offline: 'offline',
  away: 'away',
  outsideHours: 'outside working hours',
  atCapacity: 'at capacity (too many open tickets)',
  unknownUser: 'not a person in this workspace',
};

/** Why a person was passed over. */
export const describeSkipReason = (reason: string): string => SKIP_REASONS[reason] ?? reason;

const CAUSES: Readonly<Record<string, string>> = {
  noRuleMatched: 'No rule or fallback named a team or person, so nobody was picked.',
  noTarget: 'The team or person the routing chose has nobody in it.',
  nobodyAvailable: 'Nobody who could take it is available right now.',
};

/** Why nobody was assigned. */
export const describeUnassignedCause = (cause: string | null): string => (cause ? (CAUSES[cause] ?? `Not assigned: ${cause}.`) : 'Nobody was assigned.');

const STRATEGIES: Readonly<Record<string, string>> = {
  roundRobin: 'round robin',
  leastLoaded: 'least loaded',
  direct: 'directly (a rule named the person)',
};

/** How the assignee was picked. */
export const describeStrategy = (strategy: string | null): string | null => (strategy ? (STRATEGIES[strategy] ?? strategy) : null);

const MODES: Readonly<Record<string, string>> = {
  live: 'Live handoff: a person joins the chat now',
  async: 'Asynchronous follow-up: the team replies later',
};

/** The handoff mode in words. */
export const describeMode = (mode: string | null): string | null => (mode ? (MODES[mode] ?? mode) : null);

const CONVERSATION_STATUSES: Readonly<Record<string, string>> = {
  assigned: 'Assigned to a person',
  unassigned: 'Waiting in the Unassigned view',
  closed: 'Closed',
};

/** What becomes of the conversation. */
export const describeConversationStatus = (status: string | null): string | null => (status ? (CONVERSATION_STATUSES[status] ?? status) : null);

const MESSAGE_KINDS: Readonly<Record<string, string>> = {
  teamAvailable: 'Team available message',
  teamUnavailable: 'Team unavailable message',
  ticketUnassigned: 'Ticket unassigned message',
};

/** Which of the admin's texts was picked. */
export const describeMessageKind = (kind: string | null): string | null => (kind ? (MESSAGE_KINDS[kind] ?? kind) : null);

/** A rule's fate in one evaluation: its badge label, colour and a line of explanation. */
export interface RuleStatusView {
  readonly label: string;
  readonly color: string;
  readonly explanation: string | null;
}

const RULE_STATUSES: Readonly<Record<string, RuleStatusView>> = {
  matched: { label: 'Matched', color: 'teal', explanation: null },
  notMatched: { label: 'Not matched', color: 'gray', explanation: null },
  disabled: { label: 'Disabled', color: 'yellow', explanation: 'Skipped: the rule is switched off.' },
  notReached: { label: 'Not evaluated', color: 'gray', explanation: 'Not evaluated: an earlier rule already decided (first match), or a rule with “stop” ended evaluation.' },
};

/** How a rule's trace status is shown. */
export const describeRuleStatus = (status: string): RuleStatusView => RULE_STATUSES[status] ?? { label: status, color: 'gray', explanation: null };

/** How the assignee was picked, as a sentence: "Picked by round robin from Billing." */
export function describePick(strategy: string | null, teamName: string | null): string {
  if (strategy === 'direct') return 'Named directly by a routing rule.';
  const how = strategy ? ` by ${describeStrategy(strategy)}` : '';
  const from = teamName ? ` from ${teamName}` : '';
  return `Picked${how}${from}.`;
}

/** What a run was made against: the moment (working hours) and which routing rules. */
export function describeRun(at: string, source: string): string {
  const moment = dayjs(at);
  const when = moment.isValid() ? moment.format('D MMM YYYY, HH:mm') : at;
  return `Simulated for ${when} with the stored handoff policy and the ${source === 'draft' ? 'draft' : 'published'} routing rules.`;
}
