import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printGoals, printTable, readMachineInfo, writeResults } from '../lib/report';
import { createApiKey, requireBuiltApi, startApiProcess, type ServerProcess } from '@handoff/process-harness';
import { BENCH_SERVER_ENV } from './bench-server-env';
import type { HandoffGroupResult, HandoffJob } from './handoff-client';
import type { LatencyStats } from './latency-stats';
import { forkClient } from './load-process';
import { startPrivateRedis, type RedisProcess } from './redis-process';

/** The shape of one P7 run. */
export interface HandoffBenchPlan {
  readonly subscribers: number;
  readonly posts: number;
  readonly batch: number;
  readonly timeoutMs: number;
  /** A second, small pass that isolates the Redis hop from the 1,000-subscriber fan-out. */
  readonly hop: { readonly subscribers: number; readonly posts: number };
  /** Redis for the two-instance setup; null starts a private redis-server (falls back to 6379). */
  readonly redisUrl: string | null;
}

const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
const row = (label: string, s: LatencyStats): string[] => [label, String(s.count), ms(s.p50), ms(s.p90), ms(s.p99), ms(s.max)];

/**
 * P7: a visitor message that triggers a handoff → ticket → route → assign → every subscriber of
 * `ticketCreated` hears it. One instance with in-process events, and two instances sharing one
 * SQLite file and Redis (subscribers on B, posts to A), measured in interleaved batches.
 */
export async function runHandoffBench(plan: HandoffBenchPlan): Promise<void> {
  requireBuiltApi();
  const dir = mkdtempSync(join(tmpdir(), 'bench-handoff-'));
  const servers: ServerProcess[] = [];
  const redises: RedisProcess[] = [];
  const clients = forkClient<HandoffJob, HandoffGroupResult[]>('handoff-client');
  try {
    // Each Redis setup gets its own server: every instance publishes on the demo workspace's topic.
    const privateRedis = async (): Promise<string | null> => {
      const redis = await startPrivateRedis();
      if (redis) redises.push(redis);
      return redis?.url ?? null;
    };
    const pairRedis = plan.redisUrl ?? (await privateRedis()) ?? 'redis://127.0.0.1:6379';
    const soloRedis = await privateRedis();
    const single = await startApiProcess({ ...BENCH_SERVER_ENV, SQLITE_PATH: join(dir, 'single.sqlite'), SEED_DEMO: 'true' });
    servers.push(single);
    const shared = { ...BENCH_SERVER_ENV, SQLITE_PATH: join(dir, 'shared.sqlite'), SEED_DEMO: 'true', REDIS_URL: pairRedis };
    const a = await startApiProcess(shared);
    servers.push(a);
    const b = await startApiProcess(shared);
    servers.push(b);
    const solo = soloRedis ? await startApiProcess({ ...BENCH_SERVER_ENV, SQLITE_PATH: join(dir, 'solo.sqlite'), SEED_DEMO: 'true', REDIS_URL: soloRedis }) : null;
    if (solo) servers.push(solo);
    else console.log('redis-server is not installed: the "one instance + Redis" setup is left out.');

    // An integrator's key per database (A and B share one): it posts the visitor messages, and the subscribers listen with it.
    const groups = [
      { name: 'one instance', subscribeUrl: `${single.baseUrl}/graphql`, postUrl: single.baseUrl, credential: await createApiKey(single.baseUrl) },
      { name: 'two instances + Redis (subscribers on B, posts to A)', subscribeUrl: `${b.baseUrl}/graphql`, postUrl: a.baseUrl, credential: await createApiKey(a.baseUrl) },
      ...(solo ? [{ name: 'one instance + Redis (events go out and back)', subscribeUrl: `${solo.baseUrl}/graphql`, postUrl: solo.baseUrl, credential: await createApiKey(solo.baseUrl) }] : []),
    ];
    const results = await clients.ask({ groups, subscribersPerGroup: plan.subscribers, postsPerGroup: plan.posts, batch: plan.batch, timeoutMs: plan.timeoutMs });
    const hopResults = await clients.ask({ groups, subscribersPerGroup: plan.hop.subscribers, postsPerGroup: plan.hop.posts, batch: plan.batch, timeoutMs: plan.timeoutMs });
    const [one, two] = results as [HandoffGroupResult, HandoffGroupResult];
    printTable(
      `P7 handoff end to end — ${plan.subscribers} ticketCreated subscribers, ${plan.posts} handoffs per setup`,
      ['setup · measure', 'samples', 'p50', 'p90', 'p99', 'max'],
      results.flatMap((r) => [
        row(`${r.name} · POST sent → a subscriber has the event`, r.latency),
        row(`${r.name} · POST sent → the last subscriber has it`, r.lastSubscriber),
        row(`${r.name} · POST sent → mutation response`, r.postResponse),
      ]),
    );
    printTable(
      `P7 the Redis hop alone — ${plan.hop.subscribers} subscribers, ${plan.hop.posts} handoffs per setup`,
      ['setup · measure', 'samples', 'p50', 'p90', 'p99', 'max'],
      hopResults.flatMap((r) => [row(`${r.name} · POST sent → a subscriber has the event`, r.latency), row(`${r.name} · POST sent → mutation response`, r.postResponse)]),
    );
    const [hopOne, hopTwo] = hopResults as [HandoffGroupResult, HandoffGroupResult];
    const smallHop = hopTwo.latency.p50 - hopOne.latency.p50;
    console.log(`\nWith ${plan.hop.subscribers} subscribers the Redis hop adds ${smallHop.toFixed(1)} ms at p50 (${ms(hopTwo.latency.p50)} vs ${ms(hopOne.latency.p50)}).`);
    printTable('P7 delivery', ['setup', 'events expected', 'received', 'lost', 'duplicates'], [...results, ...hopResults].map((r) => [`${r.name}, ${r.expected / Math.max(1, r.posts)} subscribers`, String(r.expected), String(r.received), String(r.lost), String(r.duplicates)]));
    const hop = two.latency.p50 - one.latency.p50;
    const goals = [
      { goal: 'p99 ≤ 100 ms, one instance', measured: ms(one.latency.p99), pass: one.latency.p99 <= 100 },
      { goal: '0 lost events (every setup and pass)', measured: [...results, ...hopResults].map((r) => r.lost).join(' · '), pass: [...results, ...hopResults].every((r) => r.lost === 0) },
      { goal: `the Redis hop adds ≤ 5 ms p50, ${plan.subscribers} subscribers`, measured: `${hop >= 0 ? '+' : ''}${hop.toFixed(1)} ms (${ms(two.latency.p50)} vs ${ms(one.latency.p50)})`, pass: hop <= 5 },
    ];
    printGoals('P7 handoff end to end: goals', goals);
    writeResults('p7-handoff', { machine: readMachineInfo(), plan, redis: { pair: plan.redisUrl ?? (redises.length > 0 ? 'private redis-server' : pairRedis), solo: soloRedis ? 'private redis-server' : null }, results, hopResults, redisHopP50Ms: hop, redisHopP50MsSmall: smallHop, goals });
  } finally {
    await clients.stop();
    for (const server of servers.reverse()) await server.stop();
    for (const redis of redises) await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
