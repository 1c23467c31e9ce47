import type { RoutingFacts, RuleSet } from '@handoff/domain';
import { createSeededRandom } from '../lib/seeded-random';
import { aimDraft } from './aim-draft';
import { draftToFacts, randomDraft } from './ticket-draft';

/** How many tickets, against which rule set, from which seed; `fallbackShare` aim at no rule at all. */
export interface TicketShape {
  readonly count: number;
  readonly seed: number;
  readonly fallbackShare: number;
}

/**
 * Tickets aimed at rules spread evenly over the whole set, so decisions are reached at every
 * depth (a ticket may still be caught by an earlier rule), plus a share aimed at no rule, which
 * are steered away from the first rules they would hit so that many reach the fallback.
 */
export function generateTickets(ruleSet: RuleSet, shape: TicketShape): RoutingFacts[] {
  const random = createSeededRandom(shape.seed);
  const enabled = ruleSet.rules.filter((rule) => rule.enabled);
  return Array.from({ length: shape.count }, () => {
    const draft = randomDraft(random);
    if (random.chance(shape.fallbackShare)) {
      // Twice: steering away from a later rule can steer into an earlier one.
      for (let pass = 0; pass < 2; pass++) for (const rule of enabled) aimDraft(rule.when, draft, false, random);
    } else {
      const target = random.int(0, enabled.length - 1);
      // Steer away from a few earlier rules so that deep targets are actually reached.
      for (const earlier of enabled.slice(Math.max(0, target - 8), target)) aimDraft(earlier.when, draft, false, random);
      const aimed = enabled[target];
      if (aimed !== undefined) aimDraft(aimed.when, draft, true, random);
    }
    return draftToFacts(random, draft);
  });
}
