import { compileRuleSet, type RoutingFacts, type RuleSet } from '@handoff/domain';
import { BENCH_CATALOGUE } from './vocabulary';

/** Where first-match decisions land: how deep into the set, and how often at the fallback. */
export interface DepthStats {
  /** Mean number of enabled rules tried per decision (all of them for a fallback). */
  readonly meanRulesTried: number;
  readonly fallbackShare: number;
  /** Share of decisions won by a rule in each fifth of the set, first fifth first. */
  readonly byFifth: readonly number[];
}

/** Measures the depth of first-match decisions, to show the data does not just hit rule 1. */
export function measureDepth(ruleSet: RuleSet, tickets: readonly RoutingFacts[]): DepthStats {
  const compiled = compileRuleSet({ ...ruleSet, hitPolicy: 'firstMatch' }, BENCH_CATALOGUE);
  const enabledBefore: number[] = [];
  let enabled = 0;
  for (const rule of ruleSet.rules) {
    if (rule.enabled) enabled++;
    enabledBefore.push(enabled);
  }
  const indexById = new Map(ruleSet.rules.map((rule, index) => [rule.id, index]));
  const fifths = [0, 0, 0, 0, 0];
  let tried = 0;
  let fallbacks = 0;
  for (const facts of tickets) {
    const id = compiled.evaluate(facts).matchedRuleIds[0];
    const index = id === undefined ? undefined : indexById.get(id);
    if (index === undefined) {
      fallbacks++;
      tried += enabled;
      continue;
    }
    tried += enabledBefore[index] ?? 0;
    const fifth = Math.min(4, Math.floor((index * 5) / ruleSet.rules.length));
    fifths[fifth] = (fifths[fifth] ?? 0) + 1;
  }
  return { meanRulesTried: tried / tickets.length, fallbackShare: fallbacks / tickets.length, byFifth: fifths.map((n) => n / tickets.length) };
}

/** Depth stats as one line. */
export const describeDepth = (d: DepthStats): string =>
  `mean rules tried ${d.meanRulesTried.toFixed(1)}, fallback ${(d.fallbackShare * 100).toFixed(1)}%, won by rules in each fifth of the set: ${d.byFifth.map((s) => `${(s * 100).toFixed(0)}%`).join(' / ')}`;
