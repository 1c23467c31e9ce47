import type { RoutingFacts, RuleSet } from '@handoff/domain';
import { generateRuleSet, type RuleSetShape } from './generate-rule-set';
import { generateTickets, type TicketShape } from './generate-tickets';

/** P1/P2's rule set: 200 rules. The committed ceiling is generated from exactly this shape. */
export const RULES_200: Omit<RuleSetShape, 'hitPolicy'> = { rules: 200, seed: 200_2025 };
/** P3's rule set: 1,000 rules, the most a set may hold. */
export const RULES_1000: Omit<RuleSetShape, 'hitPolicy'> = { rules: 1000, seed: 1000_2025 };
/** The tickets every rules benchmark decides. */
export const TICKETS: Omit<TicketShape, 'count'> & { readonly count: number } = { count: 10_000, seed: 10_000_2025, fallbackShare: 0.1 };

/** The command that rewrites the committed ceiling. */
export const REGENERATE_CEILING = 'npm run --workspace @handoff/bench generate:ceiling';

/** A rule set and its tickets, for one hit policy. */
export interface RulesBenchData {
  readonly ruleSet: RuleSet;
  readonly tickets: readonly RoutingFacts[];
}

/** Builds a benchmark's data; the same arguments give the same data on every machine. */
export function buildRulesBenchData(shape: Omit<RuleSetShape, 'hitPolicy'>, hitPolicy: RuleSet['hitPolicy'], ticketCount: number): RulesBenchData {
  const ruleSet = generateRuleSet({ ...shape, hitPolicy });
  // Tickets are aimed at the rules, so the same seed with either hit policy gives the same tickets.
  return { ruleSet, tickets: generateTickets(ruleSet, { ...TICKETS, count: ticketCount, seed: TICKETS.seed + shape.seed }) };
}
