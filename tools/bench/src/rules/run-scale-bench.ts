import { compileRuleSet, evaluateRuleSetReference, parseRuleSet } from '@handoff/domain';
import { isDeepStrictEqual } from 'node:util';
import { syncBatch } from '../lib/batch';
import { failDisagreement, formatNumber, formatRate, printGoals, printTable, readMachineInfo, writeResults, type GoalCheck } from '../lib/report';
import { medianTimeMs, timeInterleaved, type RoundPlan } from '../lib/timing';
import type { RulesBenchData } from './bench-data';
import { describeDepth, measureDepth, type DepthStats } from './depth-stats';
import { describeRulesDisagreement, findRulesDisagreement, oursAnswerer } from './rule-contenders';
import { createJsonLogicRuleSet } from './to-json-logic';
import { BENCH_CATALOGUE } from './vocabulary';

/** How P3 is sized. */
export interface ScaleBenchPlan {
  readonly compiles: number;
  readonly referenceTickets: number;
  readonly rounds: RoundPlan;
}

const TITLE = 'P3 1,000 rules';

/**
 * P3: compile time of a 1,000-rule set (median of several compiles), and its decisions/s next to
 * the 200-rule set's, timed interleaved in the same run — on its own tickets, and on P1's tickets
 * with P1's rules at its head.
 */
export async function runScaleBench(p1: RulesBenchData, big: RulesBenchData, plan: ScaleBenchPlan): Promise<void> {
  // The same decisions as P1 in a 1,000-rule set: P1's rules first, then 800 that P1's tickets
  // rarely reach. It isolates what the size of the set costs from how deep tickets are decided.
  const extended: RulesBenchData = { ruleSet: { ...p1.ruleSet, rules: [...p1.ruleSet.rules, ...big.ruleSet.rules.slice(0, 1000 - p1.ruleSet.rules.length)] }, tickets: p1.tickets };
  for (const data of [big, extended]) {
    const logic = createJsonLogicRuleSet(data.ruleSet);
    const withLogic = await findRulesDisagreement([oursAnswerer(data.ruleSet), { name: 'json-logic-js', answer: (facts) => [logic.firstMatch(facts)].filter((i) => i >= 0) }], data.tickets);
    if (withLogic) failDisagreement(TITLE, describeRulesDisagreement(withLogic, data.ruleSet));
  }
  const compiled = compileRuleSet(big.ruleSet, BENCH_CATALOGUE);
  const offReference = big.tickets.slice(0, plan.referenceTickets).findIndex((facts) => !isDeepStrictEqual(compiled.evaluate(facts), evaluateRuleSetReference(big.ruleSet, facts, BENCH_CATALOGUE)));
  if (offReference >= 0) failDisagreement(TITLE, `ticket #${offReference} differs from the reference interpreter`);
  console.log(`\n${TITLE}: ours agrees with json-logic-js on all ${big.tickets.length} tickets of both 1,000-rule sets, and with the reference interpreter on ${plan.referenceTickets}.`);

  const parse = medianTimeMs(() => parseRuleSet(big.ruleSet, BENCH_CATALOGUE), plan.compiles);
  const compile = medianTimeMs(() => compileRuleSet(big.ruleSet, BENCH_CATALOGUE), plan.compiles);
  const compile200 = medianTimeMs(() => compileRuleSet(p1.ruleSet, BENCH_CATALOGUE), plan.compiles);
  const small = compileRuleSet(p1.ruleSet, BENCH_CATALOGUE);
  const padded = compileRuleSet(extended.ruleSet, BENCH_CATALOGUE);
  const weigh = (d: { readonly matchedRuleIds: readonly string[] }): number => d.matchedRuleIds.length;
  const timings = await timeInterleaved(
    [
      syncBatch('1,000 rules, its own tickets', big.tickets, (f) => compiled.evaluate(f), weigh),
      syncBatch("1,000 rules = P1's 200 + 800, P1's tickets", extended.tickets, (f) => padded.evaluate(f), weigh),
      syncBatch('200 rules (P1)', p1.tickets, (f) => small.evaluate(f), weigh),
    ],
    plan.rounds,
  );
  const [bigTiming, paddedTiming, smallTiming] = timings;
  if (bigTiming === undefined || paddedTiming === undefined || smallTiming === undefined) throw new Error('timings missing');
  const ratio = bigTiming.rate / smallTiming.rate;
  const paddedRatio = paddedTiming.rate / smallTiming.rate;
  const depths = [measureDepth(big.ruleSet, big.tickets), measureDepth(extended.ruleSet, extended.tickets), measureDepth(p1.ruleSet, p1.tickets)];

  printTable(`${TITLE} — compile (median of ${plan.compiles})`, ['step', 'median', 'samples min–max'], [
    ['parseRuleSet, 1,000 rules', `${parse.medianMs.toFixed(2)} ms`, range(parse.samplesMs)],
    ['compileRuleSet, 1,000 rules', `${compile.medianMs.toFixed(2)} ms`, range(compile.samplesMs)],
    ['compileRuleSet, 200 rules', `${compile200.medianMs.toFixed(2)} ms`, range(compile200.samplesMs)],
  ]);
  printTable(`${TITLE} — first-match decisions, ${big.tickets.length} tickets each`, ['rule set', 'median round', 'decisions/s', 'vs P1', 'mean rules tried', 'rules tried/s'], timings.map((t, i) => {
    const tried = depths[i]?.meanRulesTried ?? Number.NaN;
    return [t.name, `${t.medianMs.toFixed(1)} ms`, formatRate(t.rate), `${formatNumber(t.rate / smallTiming.rate)}×`, tried.toFixed(1), formatRate(t.rate * tried)];
  }));
  console.log(`\nData, 1,000 rules: ${describeDepth(depths[0] as DepthStats)}.\nData, 200 rules: ${describeDepth(depths[2] as DepthStats)}.`);
  const goals: GoalCheck[] = [
    { goal: 'compile ≤ 50 ms', measured: `${compile.medianMs.toFixed(1)} ms`, pass: compile.medianMs <= 50 },
    { goal: 'decisions/s ≥ 0.6× P1 (1,000 rules, its own tickets)', measured: `${formatNumber(ratio)}×`, pass: ratio >= 0.6 },
    { goal: "decisions/s ≥ 0.6× P1 (P1's decisions in a 1,000-rule set)", measured: `${formatNumber(paddedRatio)}×`, pass: paddedRatio >= 0.6 },
  ];
  printGoals(`${TITLE}: goals`, goals);
  writeResults('p3-1000-rules', {
    benchmark: TITLE,
    machine: readMachineInfo(),
    data: { rules: big.ruleSet.rules.length, tickets: big.tickets.length, depth: depths[0], paddedDepth: depths[1], p1Depth: depths[2] },
    agreement: { withJsonLogic: big.tickets.length, withReference: plan.referenceTickets, agree: true },
    parseMs: parse,
    compileMs: compile,
    compile200Ms: compile200,
    rounds: plan.rounds,
    timings,
    ratios: { rateOver200RuleRate: ratio, paddedRateOver200RuleRate: paddedRatio },
    goals,
  });
}

function range(samples: readonly number[]): string {
  return `${Math.min(...samples).toFixed(2)}–${Math.max(...samples).toFixed(2)} ms`;
}
