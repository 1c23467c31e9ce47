import type { TeamMembership } from '../assignment/availability';
import { buildAssigneePool, type AssigneePool } from '../assignment/build-assignee-pool';
import type { Action, AssignmentStrategy, Destination, Priority } from '../rules/rule-ast';
import type { RoutingExplanation } from '../rules/routing-decision';
import type { RoutingFacts } from '../rules/routing-facts';
import type { CompiledHandoffPolicy } from './compiled-handoff-policy';
import type { TicketBasics } from './draft-ticket-basics';

/** Whom assignment chooses among, how, and which teams the ticket belongs to when it stays unassigned. */
export interface AssignmentTarget {
  readonly pool: AssigneePool;
  readonly strategy: AssignmentStrategy | 'direct';
  readonly teamIds: readonly string[];
}

/** Where handed-off work goes and what routing did to the ticket, before anyone is picked. */
export interface HandoffRoutingPlan {
  readonly destination: Destination;
  /** `null` when routing named nobody: `noRuleMatched` if the fallback was used, else `noTarget`. */
  readonly target: AssignmentTarget | null;
  readonly usedFallback: boolean;
  readonly priority: Priority;
  readonly tags: readonly string[];
  /** A rule's sendMessage text, which replaces the admin's message for this handoff. */
  readonly messageOverride: string | null;
  readonly routing: RoutingExplanation | null;
}

/**
 * Plans routing. Same destination: the configured destination and the pool of configured users
 * then team members. Condition routing: always the help desk (setDestination is ignored, since
 * the parser already rejects `inbox` there), and the explained rule set's actions applied in
 * order: setPriority and sendMessage overwrite, addTags accumulate, the last assign action wins.
 */
export function planHandoffRouting(
  compiled: CompiledHandoffPolicy,
  basics: TicketBasics,
  facts: () => RoutingFacts,
  teams: readonly TeamMembership[],
): HandoffRoutingPlan {
  const { assignment } = compiled.policy;
  if (assignment.mode === 'sameDestination') {
    const target = { pool: buildAssigneePool(assignment, teams), strategy: assignment.strategy, teamIds: assignment.teamIds };
    const { priority, tags } = basics;
    return { destination: assignment.destination, target, usedFallback: false, priority, tags, messageOverride: null, routing: null };
  }
  if (compiled.explainRouting === null) throw new Error('planHandoffRouting: condition routing without a compiled rule set');
  const routing = compiled.explainRouting(facts());
  const effects = applyActions(routing.decision.actions, basics, assignment.strategy, teams);
  return { destination: 'helpDesk', usedFallback: routing.decision.usedFallback, routing, ...effects };
}

type ActionEffects = Pick<HandoffRoutingPlan, 'target' | 'priority' | 'tags' | 'messageOverride'>;

function applyActions(
  actions: readonly Action[],
  basics: TicketBasics,
  defaultStrategy: AssignmentStrategy,
  teams: readonly TeamMembership[],
): ActionEffects {
  let target: AssignmentTarget | null = null;
  let priority = basics.priority;
  let messageOverride: string | null = null;
  const tags = new Set(basics.tags);
  for (const action of actions) {
    switch (action.type) {
      case 'assignUser':
        target = { pool: buildAssigneePool({ userIds: [action.userId] }, teams), strategy: 'direct', teamIds: [] };
        break;
      case 'assignTeam':
        target = {
          pool: buildAssigneePool({ teamIds: [action.teamId] }, teams),
          strategy: action.strategy ?? defaultStrategy,
          teamIds: [action.teamId],
        };
        break;
      case 'setPriority':
        priority = action.priority;
        break;
      case 'addTags':
        for (const tag of action.tags) tags.add(tag);
        break;
      case 'sendMessage':
        messageOverride = action.message;
        break;
      case 'setDestination':
        break;
    }
  }
  return { target, priority, tags: [...tags], messageOverride };
}
