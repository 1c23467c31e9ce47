import { compileRuleSet, explainRuleSetReference } from '@handoff/domain';
import { isDeepStrictEqual } from 'node:util';
import { syncBatch } from '../lib/batch';
import { failDisagreement, formatRate, printGoals, printTable, readMachineInfo, writeResults, type GoalCheck } from '../lib/report';
import { timeInterleaved, type RoundPlan, type Timing } from '../lib/timing';
import type { RulesBenchData } from './bench-data';
import { BENCH_CATALOGUE } from './vocabulary';

/** How P4 is sized: both modes run on the same tickets. */
export interface ExplainBenchPlan {
  readonly referenceTickets: number;
  readonly collectAllTickets: number;
  readonly rounds: RoundPlan;
}

const TITLE = 'P4 explanation trace';

async function timePair(data: RulesBenchData, tickets: number, plan: ExplainBenchPlan): Promise<{ readonly evaluate: Timing; readonly explain: Timing; readonly factor: number }> {
  const compiled = compileRuleSet(data.ruleSet, BENCH_CATALOGUE);
  const slice = data.tickets.slice(0, tickets);
  for (let i = 0; i < data.tickets.length; i++) {
    const facts = data.tickets[i];
    if (facts === undefined) continue;
    if (!isDeepStrictEqual(compiled.explain(facts).decision, compiled.evaluate(facts))) failDisagreement(TITLE, `${data.ruleSet.hitPolicy}: explain and evaluate differ on ticket #${i}`);
    if (i < plan.referenceTickets && !isDeepStrictEqual(compiled.explain(facts), explainRuleSetReference(data.ruleSet, facts, BENCH_CATALOGUE))) {
      failDisagreement(TITLE, `${data.ruleSet.hitPolicy}: explain differs from the reference interpreter's trace on ticket #${i}`);
    }
  }
  const [evaluate, explain] = await timeInterleaved(
    [
      syncBatch('evaluate', slice, (f) => compiled.evaluate(f), (d) => d.matchedRuleIds.length),
      syncBatch('explain', slice, (f) => compiled.explain(f), (e) => e.rules.length),
    ],
    plan.rounds,
  );
  if (evaluate === undefined || explain === undefined) throw new Error('timings missing');
  return { evaluate, explain, factor: explain.medianMs / evaluate.medianMs };
}

/**
 * P4: `explain` against `evaluate` on the same tickets, first-match (P1's data) and collect-all
 * (P2's), after checking that explain's decision is evaluate's and its trace the reference's.
 */
export async function runExplainBench(p1: RulesBenchData, p2: RulesBenchData, plan: ExplainBenchPlan): Promise<void> {
  const first = await timePair(p1, p1.tickets.length, plan);
  const all = await timePair(p2, plan.collectAllTickets, plan);
  console.log(`\n${TITLE}: explain's decision equals evaluate's on every ticket, and its trace equals the reference interpreter's on the first ${plan.referenceTickets}.`);
  printTable(`${TITLE} — traced vs untraced, 200 rules`, ['hit policy', 'tickets', 'evaluate', 'explain', 'explain time ÷ evaluate time'], [
    ['first-match (P1)', String(first.evaluate.operations), formatRate(first.evaluate.rate), formatRate(first.explain.rate), `${first.factor.toFixed(2)}×`],
    ['collect-all (P2)', String(all.evaluate.operations), formatRate(all.evaluate.rate), formatRate(all.explain.rate), `${all.factor.toFixed(2)}×`],
  ]);
  const goals: GoalCheck[] = [
    { goal: 'trace ≤ 5× untraced, first-match', measured: `${first.factor.toFixed(2)}×`, pass: first.factor <= 5 },
    { goal: 'trace ≤ 5× untraced, collect-all', measured: `${all.factor.toFixed(2)}×`, pass: all.factor <= 5 },
  ];
  printGoals(`${TITLE}: goals`, goals);
  writeResults('p4-explain', {
    benchmark: TITLE,
    machine: readMachineInfo(),
    agreement: { decisionEqualsEvaluate: p1.tickets.length, traceEqualsReference: plan.referenceTickets, agree: true },
    rounds: plan.rounds,
    firstMatch: first,
    collectAll: all,
    goals,
  });
}
