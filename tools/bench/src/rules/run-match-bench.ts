import { compileRuleSet, type RoutingFacts, type RuleSet } from '@handoff/domain';
import { asyncBatch, repeatsFor, syncBatch } from '../lib/batch';
import { failDisagreement, formatNumber, formatRate, formatRatio, printGoals, printTable, readMachineInfo, writeResults, type GoalCheck } from '../lib/report';
import { timeInterleaved, type Contender, type RoundPlan, type Timing } from '../lib/timing';
import { describeDepth, measureDepth } from './depth-stats';
import { ceilingCollectAll, ceilingFirstMatch } from './generated/ceiling-200';
import { describeRulesDisagreement, findRulesDisagreement, libraryAnswerers, oursAnswerer, type RulesAnswerer } from './rule-contenders';
import { createJsonLogicRuleSet } from './to-json-logic';
import { createJreRuleSet } from './to-json-rules-engine';
import { BENCH_CATALOGUE } from './vocabulary';

/** How a P1/P2 run is sized: slow contenders are timed on a prefix of the tickets. */
export interface MatchBenchPlan {
  readonly name: 'p1-first-match' | 'p2-collect-all';
  readonly title: string;
  readonly jsonLogicTickets: number;
  readonly jreTickets: number;
  readonly minRate: number;
  readonly rounds: RoundPlan;
}

const rateOf = (timings: readonly Timing[], name: string): number => timings.find((t) => t.name === name)?.rate ?? Number.NaN;

/**
 * P1 (first-match) or P2 (collect-all): checks that ours, json-logic-js, json-rules-engine and the
 * ceiling decide every ticket alike, then times them interleaved. Library ratios are taken
 * against ours on the very tickets the library was timed on.
 */
export async function runMatchBench(ruleSet: RuleSet, tickets: readonly RoutingFacts[], plan: MatchBenchPlan): Promise<{ readonly oursRate: number }> {
  const firstMatch = ruleSet.hitPolicy === 'firstMatch';
  const ceiling: RulesAnswerer = { name: 'ceiling', answer: (facts) => (firstMatch ? [ceilingFirstMatch(facts)].filter((i) => i >= 0) : ceilingCollectAll(facts)) };
  const [logicAnswerer, jreAnswerer] = libraryAnswerers(ruleSet);
  if (logicAnswerer === undefined || jreAnswerer === undefined) throw new Error('library contenders missing');
  const oursAnswers = oursAnswerer(ruleSet);
  const jreSlice = tickets.slice(0, plan.jreTickets);
  const everywhere = await findRulesDisagreement([oursAnswers, logicAnswerer, ceiling], tickets);
  if (everywhere) failDisagreement(plan.title, describeRulesDisagreement(everywhere, ruleSet));
  const onJreTickets = await findRulesDisagreement([oursAnswers, jreAnswerer], jreSlice);
  if (onJreTickets) failDisagreement(plan.title, describeRulesDisagreement(onJreTickets, ruleSet));
  console.log(`\n${plan.title}: all contenders agree on all ${tickets.length} tickets (json-rules-engine: on the ${jreSlice.length} it is timed on).`);

  const compiled = compileRuleSet(ruleSet, BENCH_CATALOGUE);
  const logic = createJsonLogicRuleSet(ruleSet);
  const jre = createJreRuleSet(ruleSet);
  const logicSlice = tickets.slice(0, plan.jsonLogicTickets);
  const evaluate = (facts: RoutingFacts) => compiled.evaluate(facts);
  const weighDecision = (d: { readonly matchedRuleIds: readonly string[] }): number => d.matchedRuleIds.length;
  const size = (x: number | readonly number[]): number => (typeof x === 'number' ? x : x.length);
  const contenders: Contender[] = [
    syncBatch('ours', tickets, evaluate, weighDecision),
    syncBatch('ceiling (hand-written if chain)', tickets, firstMatch ? ceilingFirstMatch : ceilingCollectAll, size),
    syncBatch('json-logic-js', logicSlice, firstMatch ? logic.firstMatch : logic.collectAll, size),
    asyncBatch('json-rules-engine', jreSlice, jre.run, size),
    syncBatch('ours, on the json-logic-js tickets', logicSlice, evaluate, weighDecision, repeatsFor(logicSlice.length, tickets.length)),
    syncBatch('ours, on the json-rules-engine tickets', jreSlice, evaluate, weighDecision, repeatsFor(jreSlice.length, tickets.length)),
  ];
  const timings = await timeInterleaved(contenders, plan.rounds);

  const ours = rateOf(timings, 'ours');
  const ceilingRate = rateOf(timings, 'ceiling (hand-written if chain)');
  const vsLogic = rateOf(timings, 'ours, on the json-logic-js tickets') / rateOf(timings, 'json-logic-js');
  const vsJre = rateOf(timings, 'ours, on the json-rules-engine tickets') / rateOf(timings, 'json-rules-engine');
  const ceilingFactor = ceilingRate / ours;
  const depth = measureDepth(ruleSet, tickets);
  const rulesLabel = `${ruleSet.rules.length} rules (${ruleSet.rules.filter((r) => r.enabled).length} enabled)`;

  const versus: Readonly<Record<string, number>> = { 'json-logic-js': vsLogic, 'json-rules-engine': vsJre, 'ceiling (hand-written if chain)': 1 / ceilingFactor };
  printTable(`${plan.title} — ${rulesLabel} × ${tickets.length} tickets`, ['contender', 'tickets timed', 'median round', 'decisions/s', 'ours ÷ it'], timings.map((t) => {
    const ratio = versus[t.name];
    return [t.name, String(t.operations), `${t.medianMs.toFixed(1)} ms`, formatRate(t.rate), ratio === undefined ? '' : formatRatio(ratio)];
  }));
  console.log(`\nData: ${describeDepth(depth)}.`);
  const goals: GoalCheck[] = [
    { goal: '≥ 10× json-logic-js', measured: formatRatio(vsLogic), pass: vsLogic >= 10 },
    { goal: '≥ 300× json-rules-engine', measured: formatRatio(vsJre), pass: vsJre >= 300 },
    { goal: 'within 2× of the ceiling (ours time / ceiling time ≤ 2)', measured: ceilingFactor.toFixed(2), pass: ceilingFactor <= 2 },
    { goal: `≥ ${formatNumber(plan.minRate)} decisions/s`, measured: formatRate(ours), pass: ours >= plan.minRate },
  ];
  printGoals(`${plan.title}: goals`, goals);
  writeResults(plan.name, {
    benchmark: plan.title,
    machine: readMachineInfo(),
    data: { rules: ruleSet.rules.length, enabledRules: ruleSet.rules.filter((r) => r.enabled).length, tickets: tickets.length, hitPolicy: ruleSet.hitPolicy, depth },
    agreement: { checked: ['ours', 'json-logic-js', 'ceiling'], tickets: tickets.length, jsonRulesEngineTickets: jreSlice.length, agree: true },
    rounds: plan.rounds,
    timings,
    ratios: { vsJsonLogic: vsLogic, vsJsonRulesEngine: vsJre, oursTimeOverCeilingTime: ceilingFactor },
    goals,
  });
  return { oursRate: ours };
}
