import { performance } from 'node:perf_hooks';
import { readMachineInfo } from './lib/report';
import { runReadBench } from './api/run-read-bench';

// The GraphQL read benchmark P6 of the quality bars. Build the API first. Run: npm run bench:api-read
async function main(): Promise<void> {
  const started = performance.now();
  const machine = readMachineInfo();
  console.log(`GraphQL read benchmark on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}.`);
  // As deployed: NODE_ENV=production for both servers (BENCH_NODE_ENV=development to compare).
  const nodeEnv = process.env['BENCH_NODE_ENV'] ?? 'production';
  await runReadBench({ tickets: 300, pageSize: 50, requestsPerRound: 400, concurrency: 8, warmupRounds: 2, rounds: 9, countedRequests: 5, nodeEnv });
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s. Results in tools/bench/results/.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
