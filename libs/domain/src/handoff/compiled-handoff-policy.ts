import type { RoutingExplanation } from '../rules/routing-decision';
import type { RoutingFacts } from '../rules/routing-facts';
import type { TriggerMatch } from '../triggers/trigger-types';
import type { HandoffPolicy } from './handoff-policy';

/** A policy with its expensive parts built once: the phrase matcher and, for condition routing, the rule set. */
export interface CompiledHandoffPolicy {
  readonly policy: HandoffPolicy;
  /** Every custom trigger match in a visitor message. */
  readonly matchTriggers: (message: string) => readonly TriggerMatch[];
  /** Routes and explains under condition-based routing; `null` for same destination. */
  readonly explainRouting: ((facts: RoutingFacts) => RoutingExplanation) | null;
}
