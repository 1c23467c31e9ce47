import type { AvailabilitySnapshot } from '../assignment/availability';
import { assignHandoff, type HandoffAssignment } from './assign-handoff';
import type { CompiledHandoffPolicy } from './compiled-handoff-policy';
import { detectFiredTriggers } from './detect-fired-triggers';
import { buildRoutingFacts, draftTicketBasics } from './draft-ticket-basics';
import type { ConversationStatus, FiredTrigger, HandoffDecision, HandoffDue, HandoffMessageKind, HandoffScreen, HandoffTaken } from './handoff-decision';
import type { HandoffEvent } from './handoff-event';
import type { HandoffPolicy } from './handoff-policy';
import { planHandoffRouting } from './plan-handoff-routing';

/**
 * Decides whether an event hands the conversation to humans and, if so, the ticket, who gets
 * it, what the visitor is told and what becomes of the conversation. Pure: the shell stores
 * the ticket, the round robin cursor and the conversation status, and publishes the events.
 *
 * Nothing fired → `noTrigger`; something fired under process `none` → `processIsNoHandoff`.
 * Messages: assigned → `teamAvailable` (async: only if the assignee is available now, else
 * `teamUnavailable`); live with nobody available → `teamUnavailable`; any other unassigned case
 * → `ticketUnassigned`. A rule's sendMessage replaces the text, not the kind. Unassigned live
 * handoffs keep the conversation open or close it per `unassignedBehaviour`; unassigned async
 * handoffs always stay open, as someone follows up later.
 */
export function decideHandoff(compiled: CompiledHandoffPolicy, event: HandoffEvent, world: AvailabilitySnapshot): HandoffDecision {
  const screen = screenHandoff(compiled, event);
  return screen.handoff ? completeHandoff(compiled, event, world, screen) : screen;
}

/**
 * The part of the decision that needs no world: which triggers fired and whether the process
 * hands off at all. Shells call it first so turns without a handoff load no availability and take
 * no lock, then finish with `completeHandoff`; `decideHandoff` is exactly the two in a row.
 */
export function screenHandoff(compiled: CompiledHandoffPolicy, event: HandoffEvent): HandoffScreen {
  const firedTriggers = detectFiredTriggers(compiled, event);
  const [first, ...rest] = firedTriggers;
  if (first === undefined) return { handoff: false, reason: 'noTrigger', firedTriggers };
  const { process } = compiled.policy;
  if (process === 'none') return { handoff: false, reason: 'processIsNoHandoff', firedTriggers };
  return { handoff: true, mode: process, firedTriggers: [first, ...rest] };
}

/** Routes and assigns a handoff that `screenHandoff` found due, against the world as it is now. */
export function completeHandoff(compiled: CompiledHandoffPolicy, event: HandoffEvent, world: AvailabilitySnapshot, due: HandoffDue): HandoffTaken {
  const { policy } = compiled;
  const { mode, firedTriggers } = due;
  const first = firedTriggers[0];

  const basics = draftTicketBasics(event);
  const facts = () => buildRoutingFacts(event, basics, first.reason, matchedPhrases(firedTriggers), world.now);
  const plan = planHandoffRouting(compiled, basics, facts, world.teams);
  const picked = assignHandoff(plan, mode, world);
  const kind = messageKind(picked, mode);

  return {
    handoff: true,
    mode,
    firedTriggers,
    reason: first.reason,
    ticket: {
      ...basics,
      priority: plan.priority,
      tags: plan.tags,
      destination: plan.destination,
      teamId: picked.teamId,
      ownerId: picked.assignment.status === 'assigned' ? picked.assignment.userId : null,
    },
    routing: plan.routing,
    assignment: picked.assignment,
    message: { kind, text: plan.messageOverride ?? policy.messages[kind] },
    conversationStatus: conversationStatus(picked, mode, policy),
    ...(picked.roundRobinCursor ? { roundRobinCursor: picked.roundRobinCursor } : {}),
  };
}

const matchedPhrases = (fired: readonly FiredTrigger[]): string[] => [
  ...new Set(fired.flatMap((f) => (f.reason === 'customTrigger' ? [f.match.phrase] : []))),
];

function messageKind({ assignment, availableNow }: HandoffAssignment, mode: 'live' | 'async'): HandoffMessageKind {
  if (assignment.status === 'assigned') return availableNow ? 'teamAvailable' : 'teamUnavailable';
  return mode === 'live' && assignment.cause === 'nobodyAvailable' ? 'teamUnavailable' : 'ticketUnassigned';
}

function conversationStatus({ assignment }: HandoffAssignment, mode: 'live' | 'async', policy: HandoffPolicy): ConversationStatus {
  if (assignment.status === 'assigned') return 'assigned';
  return mode === 'live' && policy.unassignedBehaviour === 'closeConversation' ? 'closed' : 'unassigned';
}
