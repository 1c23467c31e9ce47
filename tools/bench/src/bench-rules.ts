import { parseRuleSet } from '@handoff/domain';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readMachineInfo } from './lib/report';
import { buildRulesBenchData, REGENERATE_CEILING, RULES_1000, RULES_200, TICKETS, type RulesBenchData } from './rules/bench-data';
import { runExplainBench } from './rules/run-explain-bench';
import { runMatchBench } from './rules/run-match-bench';
import { runScaleBench } from './rules/run-scale-bench';
import { BENCH_CATALOGUE } from './rules/vocabulary';
import { CEILING_FILE, expectedCeilingSource } from './rules/write-ceiling';

// The routing-rule benchmarks P1–P4 of the quality bars. Run: npm run bench:rules
const ROUNDS = { warmupRounds: 3, rounds: 15 } as const;

// Every contender gets the rule set as the product compiles it: validated by parseRuleSet.
function validated(data: RulesBenchData, label: string): RulesBenchData {
  const parsed = parseRuleSet(data.ruleSet, BENCH_CATALOGUE);
  if (!parsed.ok) throw new Error(`${label} is not a valid rule set: ${JSON.stringify(parsed.error.slice(0, 3))}`);
  return { ruleSet: parsed.value, tickets: data.tickets };
}

async function main(): Promise<void> {
  const started = performance.now();
  const machine = readMachineInfo();
  console.log(`Routing-rule benchmarks on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}.`);
  if (readFileSync(CEILING_FILE, 'utf8') !== expectedCeilingSource()) {
    console.error(`The committed ceiling is stale (the generator changed). Run: ${REGENERATE_CEILING}`);
    process.exit(1);
  }
  const p1 = validated(buildRulesBenchData(RULES_200, 'firstMatch', TICKETS.count), 'the 200-rule set');
  const p2 = validated({ ruleSet: { ...p1.ruleSet, hitPolicy: 'collectAll' }, tickets: p1.tickets }, 'the 200-rule set (collect-all)');
  const p3 = validated(buildRulesBenchData(RULES_1000, 'firstMatch', TICKETS.count), 'the 1,000-rule set');
  console.log(`Data built and validated in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

  await runMatchBench(p1.ruleSet, p1.tickets, { name: 'p1-first-match', title: 'P1 first-match', jsonLogicTickets: 2_000, jreTickets: 300, minRate: 1_000_000, rounds: ROUNDS });
  await runMatchBench(p2.ruleSet, p2.tickets, { name: 'p2-collect-all', title: 'P2 collect-all', jsonLogicTickets: 1_000, jreTickets: 150, minRate: 150_000, rounds: ROUNDS });
  await runScaleBench(p1, p3, { compiles: 15, referenceTickets: 500, rounds: ROUNDS });
  await runExplainBench(p1, p2, { referenceTickets: 500, collectAllTickets: 2_000, rounds: ROUNDS });
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s. Results in tools/bench/results/.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
