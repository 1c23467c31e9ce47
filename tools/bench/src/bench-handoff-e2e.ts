import { performance } from 'node:perf_hooks';
import { readMachineInfo } from './lib/report';
import { runHandoffBench } from './api/run-handoff-bench';

// The end-to-end handoff benchmark P7 of the quality bars. Build the API first. Redis: private
// redis-server processes when installed, else BENCH_REDIS_URL or 127.0.0.1:6379. Run: npm run bench:handoff
async function main(): Promise<void> {
  const started = performance.now();
  const machine = readMachineInfo();
  console.log(`Handoff end-to-end benchmark on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}.`);
  const redisUrl = process.env['BENCH_REDIS_URL'] ?? null;
  await runHandoffBench({ subscribers: 1_000, posts: 150, batch: 10, timeoutMs: 5_000, hop: { subscribers: 10, posts: 100 }, redisUrl });
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s. Results in tools/bench/results/.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
