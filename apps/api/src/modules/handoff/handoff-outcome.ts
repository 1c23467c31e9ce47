import type { FiredTrigger, HandoffDecision, HandoffPolicy } from '@handoff/domain';
import type { ReplacedDocument } from '../policies/load-active-policy';

/** One fired trigger as clients see it: built-ins carry their source, custom phrases their place. */
export interface FiredTriggerSummary {
  readonly kind: string;
  readonly source: 'signal' | 'message' | null;
  readonly triggerId: string | null;
  readonly phrase: string | null;
  readonly start: number | null;
  readonly end: number | null;
}

/**
 * What one turn of the flow decided, as plain JSON: returned to the client, and stored on the
 * visitor message so an idempotent retry answers with exactly the first result.
 */
export interface HandoffSummary {
  readonly handedOff: boolean;
  /** The first trigger that fired, or why there was no handoff (noTrigger, processIsNoHandoff, alreadyHandedOff). */
  readonly reason: string;
  readonly firedTriggers: readonly FiredTriggerSummary[];
  readonly mode: 'live' | 'async' | null;
  readonly ticketId: string | null;
  readonly assigneeId: string | null;
  readonly teamId: string | null;
  readonly messageKind: string | null;
  readonly messageText: string | null;
  readonly conversationStatus: string;
  readonly botMessageId: string | null;
}

/** Domain fired trigger → summary. */
export const summarizeTrigger = (fired: FiredTrigger): FiredTriggerSummary =>
  fired.reason === 'customTrigger'
    ? { kind: fired.reason, source: 'message', triggerId: fired.match.triggerId, phrase: fired.match.phrase, start: fired.match.start, end: fired.match.end }
    : { kind: fired.reason, source: fired.source, triggerId: null, phrase: null, start: null, end: null };

/** No handoff this turn; the conversation keeps its status. */
export const declinedSummary = (reason: string, fired: readonly FiredTrigger[], conversationStatus: string): HandoffSummary => ({
  handedOff: false,
  reason,
  firedTriggers: fired.map(summarizeTrigger),
  mode: null,
  ticketId: null,
  assigneeId: null,
  teamId: null,
  messageKind: null,
  messageText: null,
  conversationStatus,
  botMessageId: null,
});

/**
 * How the assignment row records the decision: the method and a reason a person can read,
 * including stored configuration that was unusable and replaced by the safe path.
 */
export function describeAssignment(
  decision: Extract<HandoffDecision, { handoff: true }>,
  policy: HandoffPolicy,
  unusable: readonly ReplacedDocument[] = [],
): { method: string; reason: string } {
  const routed = decision.routing
    ? decision.routing.decision.usedFallback
      ? 'fallback'
      : `rules: ${decision.routing.decision.matchedRuleIds.join(', ')}`
    : `trigger: ${decision.reason}`;
  const why = [routed, ...unusable.map(describeUnusable)].join('; ');
  const { assignment } = decision;
  if (assignment.status === 'assigned') return { method: assignment.strategy, reason: why };
  return { method: policy.assignment.strategy, reason: `unassigned (${assignment.cause}); ${why}` };
}

/** One line for people reading the ticket's history; the log has the details. */
export const describeUnusable = ({ document: { entity, id, part, version }, issues, replacedBy }: ReplacedDocument): string =>
  `stored ${entity} ${id} (${part} ${version}) fails validation (${issues[0]?.code ?? 'unreadable'}): ${REPLACED_BY[replacedBy]}`;

const REPLACED_BY: Readonly<Record<ReplacedDocument['replacedBy'], string>> = {
  defaultPolicy: 'the default policy decided instead',
  noRules: 'routed with no rules and an empty fallback instead',
};
