import { performance } from 'node:perf_hooks';
import { readMachineInfo } from './lib/report';
import { generateMessages } from './triggers/generate-messages';
import { generatePhrases } from './triggers/generate-phrases';
import { runTriggerBench } from './triggers/run-trigger-bench';
import { MESSAGES, PHRASES } from './triggers/trigger-bench-data';

// The trigger-matching benchmark P5 of the quality bars. Run: npm run bench:triggers
async function main(): Promise<void> {
  const started = performance.now();
  const machine = readMachineInfo();
  console.log(`Trigger benchmark on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}.`);
  const phrases = generatePhrases(PHRASES.count, PHRASES.seed);
  const messages = generateMessages(phrases, MESSAGES);
  await runTriggerBench(phrases.triggers, messages, { naiveMessages: 600, bigRegExpMessages: 1_500, rounds: { warmupRounds: 3, rounds: 21 } });
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s. Results in tools/bench/results/.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
