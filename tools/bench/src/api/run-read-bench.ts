import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failDisagreement, formatNumber, formatRate, formatRatio, printGoals, printTable, readMachineInfo, writeResults } from '../lib/report';
import { median, timeInterleaved, type Contender } from '../lib/timing';
import { demoAdminToken, requireBuiltApi, startApiProcess, startServerProcess, type ServerProcess } from '@handoff/process-harness';
import { BENCH_SERVER_ENV } from './bench-server-env';
import { countOurSql } from './count-sql';
import { firstDifference, postJson } from './first-difference';
import { forkClient } from './load-process';
import type { LoadJob, LoadResult } from './load-client';
import { readRequestBody, seedTickets } from './read-query';

/** The shape of one P6 run. */
export interface ReadBenchPlan {
  readonly tickets: number;
  readonly pageSize: number;
  readonly requestsPerRound: number;
  readonly concurrency: number;
  readonly warmupRounds: number;
  readonly rounds: number;
  readonly countedRequests: number;
  /** NODE_ENV of both servers: graphql-js skips its cross-realm instanceOf checks in production. */
  readonly nodeEnv: string;
}

/** P6: our API against a plain graphql-js server on the same SQLite file, loaded from a second process. */
export async function runReadBench(plan: ReadBenchPlan): Promise<void> {
  requireBuiltApi();
  const dir = mkdtempSync(join(tmpdir(), 'bench-api-read-'));
  const sqlitePath = join(dir, 'p6.sqlite');
  const servers: ServerProcess[] = [];
  const load = forkClient<LoadJob, LoadResult>('load-client');
  try {
    const ours = await startApiProcess({ ...BENCH_SERVER_ENV, SQLITE_PATH: sqlitePath, SEED_DEMO: 'true', NODE_ENV: plan.nodeEnv });
    servers.push(ours);
    await seedTickets(ours.baseUrl, plan.tickets);
    const baseline = await startServerProcess([join(__dirname, 'baseline-main.ts')], { GRAPHIQL: 'false', SQLITE_PATH: sqlitePath, NODE_ENV: plan.nodeEnv }, process.execArgv);
    servers.push(baseline);
    const body = readRequestBody(plan.pageSize);
    const urls = { ours: `${ours.baseUrl}/graphql`, baseline: `${baseline.baseUrl}/graphql` };
    // Our API wants credentials (the demo admin's access token; ~15 minutes, longer than a run); the baseline none.
    const token = await demoAdminToken(ours.baseUrl);
    const credentials: Record<string, string | undefined> = { [urls.ours]: token, [urls.baseline]: undefined };

    const [ourAnswer, baselineAnswer] = [await postJson(urls.ours, body, token), await postJson(urls.baseline, body)];
    const difference = firstDifference(ourAnswer, baselineAnswer);
    if (difference) failDisagreement('P6', `ours vs baseline at ${difference}`);
    const edges = (ourAnswer as { data: { tickets: { edges: unknown[] } } }).data.tickets.edges.length;
    console.log(`\nP6 API read: ours and the baseline return identical JSON (${edges} tickets, ${JSON.stringify(ourAnswer).length} bytes).`);

    const sql = await countOurSql(sqlitePath, body, plan.countedRequests, token);
    const sqlPerRequest = median(sql.perRequest);
    // A small page misses the loaders' cache where a big one hits it: count that too.
    const small = await countOurSql(sqlitePath, readRequestBody(2), plan.countedRequests, token);
    const sqlSmallPage = median(small.perRequest);

    const contender = (name: string, url: string): Contender => ({
      name,
      operations: plan.requestsPerRound,
      run: async () => {
        const credential = credentials[url];
        const result = await load.ask({ url, body, requests: plan.requestsPerRound, concurrency: plan.concurrency, ...(credential ? { authorization: `Bearer ${credential}` } : {}) });
        if (result.failed > 0) throw new Error(`${name}: ${result.failed} requests failed, first: ${result.firstFailure}`);
        return result.bytes;
      },
    });
    const timings = await timeInterleaved([contender('ours (Apollo + type-graphql + TypeORM)', urls.ours), contender('baseline (graphql-js + better-sqlite3)', urls.baseline)], plan);
    const [our, base] = timings as [(typeof timings)[0], (typeof timings)[0]];
    const ratio = our.rate / base.rate;

    printTable(
      `P6 GraphQL read — ${plan.pageSize} tickets × owner → teams → members, ${plan.concurrency} connections, NODE_ENV=${plan.nodeEnv}`,
      ['contender', 'requests/round', 'median round', 'requests/s', 'SQL per request', 'ours ÷ it'],
      [
        [our.name, String(our.operations), `${our.medianMs.toFixed(0)} ms`, formatRate(our.rate), formatNumber(sqlPerRequest), ''],
        [base.name, String(base.operations), `${base.medianMs.toFixed(0)} ms`, formatRate(base.rate), '5', formatRatio(ratio)],
      ],
    );
    console.log(`\nOur statements per request, by table: ${JSON.stringify(sql.byTable)} (requests counted: ${sql.perRequest.join(', ')}).`);
    console.log(`With first: 2 ours runs ${sqlSmallPage}: ${JSON.stringify(small.byTable)}; the baseline 5.`);
    const goals = [
      { goal: '≥ 0.5× the baseline’s requests/s', measured: formatRatio(ratio), pass: ratio >= 0.5 },
      { goal: '≤ 4 SQL statements per request', measured: `${sqlPerRequest} (${plan.pageSize} tickets) · ${sqlSmallPage} (2 tickets)`, pass: Math.max(sqlPerRequest, sqlSmallPage) <= 4 },
    ];
    printGoals('P6 GraphQL read: goals', goals);
    writeResults('p6-api-read', {
      machine: readMachineInfo(),
      plan,
      answer: { tickets: edges, bytes: JSON.stringify(ourAnswer).length },
      timings,
      ratio,
      sql: { perRequest: sql.perRequest, byTable: sql.byTable, statements: sql.statements, smallPage: { first: 2, perRequest: small.perRequest, byTable: small.byTable }, baselinePerRequest: 5 },
      goals,
    });
  } finally {
    await load.stop();
    for (const server of servers.reverse()) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
