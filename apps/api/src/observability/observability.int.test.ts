import type { RunningApi } from '../server';
import { demoAdminToken, freePort, postGraphQL, startLiveApi, tempDir, until } from '../testing/live-api';
import { createLogger } from './logger';

type LogLine = Record<string, unknown>;

/** An API whose JSON log lines the test can read. */
async function startLogged(env: Record<string, string>): Promise<{ api: RunningApi; logs: LogLine[] }> {
  const logs: LogLine[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  return { api: await startLiveApi({ LOG_LEVEL: 'info', ...env }, { overrides: { logger } }), logs };
}

const get = async (api: RunningApi, path: string) => fetch(api.url.replace('/graphql', path));

/** The value of one sample in Prometheus text format (0 when the series does not exist yet). */
async function sample(api: RunningApi, series: string): Promise<number> {
  const text = await (await get(api, '/metrics')).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}


describe('operations endpoints, metrics and logs', () => {
  const dir = tempDir();
  let api: RunningApi;
  let logs: LogLine[];

  beforeAll(async () => {
    ({ api, logs } = await startLogged({ SQLITE_PATH: `${dir.path}/ops.sqlite` }));
  });

  afterAll(async () => {
    await api.stop();
    dir.dispose();
  });

  describe('when everything is up', () => {
    it('answers /health and /ready with 200, naming each dependency checked', async () => {
      const health = await get(api, '/health');
      const ready = await get(api, '/ready');

      expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', checks: expect.objectContaining({ database: 'up' }), failed: [] }]);
    });
  });

  describe('when requests are served', () => {
    it('moves the request and operation counters /metrics shows in Prometheus text format', async () => {
      const requests = 'http_requests_total{method="POST",route="/graphql",status="200"}';
      const queries = 'graphql_operations_total{type="query",outcome="ok"}';
      const latency = 'http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}';
      await demoAdminToken(api);
      const before = await Promise.all([sample(api, requests), sample(api, queries), sample(api, latency)]);

      await postGraphQL(api, '{ tickets(first: 1) { edges { cursor } } }');
      const response = await get(api, '/metrics');
      const after = await Promise.all([sample(api, requests), sample(api, queries), sample(api, latency)]);

      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(after).toEqual(before.map((n) => n + 1));
    });

    it('counts handoff assignments and times event delivery from commit to publish and dispatch', async () => {
      const assigned = async () => (await (await get(api, '/metrics')).text()).split('\n').filter((l) => l.startsWith('assignments_total{')).reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
      const published = 'event_delivery_lag_seconds_count{stage="commit_to_publish"}';
      const dispatched = 'event_delivery_lag_seconds_count{stage="commit_to_dispatch"}';
      const before = await Promise.all([assigned(), sample(api, published), sample(api, dispatched)]);

      await postGraphQL(api, 'mutation { postVisitorMessage(input: { channel: chat, text: "Can I talk to a human, please?" }) { handoff { handedOff } } }');
      await until(async () => (await sample(api, dispatched)) > before[2], 5_000, 50);
      const after = await Promise.all([assigned(), sample(api, published), sample(api, dispatched)]);

      expect(after[0]).toBe(before[0] + 1);
      expect(after[1]).toBeGreaterThan(before[1]);
      expect(after[2]).toBeGreaterThan(before[2]);
      expect(await sample(api, 'outbox_backlog')).toBe(0);
    });

    it('writes one JSON access-log line per request with the request id the client was given', async () => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await demoAdminToken(api)}` },
        body: JSON.stringify({ query: '{ noSuchField }' }),
      });
      const body = (await response.json()) as { errors: { extensions: { requestId: string } }[] };

      const requestId = body.errors[0]?.extensions.requestId;
      expect(response.headers.get('x-request-id')).toBe(requestId);
      await until(async () => logs.some((l) => l['requestId'] === requestId && l['msg'] === 'request'), 5_000, 50);
      expect(logs.filter((l) => l['requestId'] === requestId && l['msg'] === 'request')).toEqual([
        expect.objectContaining({ level: 'info', method: 'POST', path: '/graphql', status: 400, durationMs: expect.any(Number) }),
      ]);
    });
  });

  describe('when the database is gone', () => {
    it('logs the hidden error with the request id the client got, and /ready answers 503 naming the database', async () => {
      const broken = await startLogged({ SQLITE_PATH: `${dir.path}/broken.sqlite` });
      const token = await demoAdminToken(broken.api);
      await broken.api.dataSource.destroy();

      const res = await postGraphQL<unknown>(broken.api, '{ tickets(first: 1) { edges { cursor } } }', undefined, token);
      const ready = await get(broken.api, '/ready');
      await broken.api.stop().catch(() => undefined);

      const error = (res.errors as { extensions: { code: string; requestId: string } }[])[0];
      expect(error?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(broken.logs).toContainEqual(expect.objectContaining({ level: 'error', requestId: error?.extensions.requestId, err: expect.objectContaining({ message: expect.any(String) }) }));
      expect([ready.status, await ready.json()]).toEqual([503, { status: 'unavailable', checks: expect.objectContaining({ database: 'down' }), failed: ['database'] }]);
    });
  });

  describe('when Redis cannot be reached', () => {
    it('answers /ready with 503 naming redis, while the process stays alive', async () => {
      const unreachable = await startLogged({ SQLITE_PATH: `${dir.path}/no-redis.sqlite`, REDIS_URL: `redis://127.0.0.1:${await freePort()}` });

      const ready = await get(unreachable.api, '/ready');
      const health = await get(unreachable.api, '/health');
      await unreachable.api.stop();

      expect([ready.status, await ready.json()]).toEqual([503, { status: 'unavailable', checks: expect.objectContaining({ database: 'up', redis: 'down' }), failed: ['redis'] }]);
      expect(health.status).toBe(200);
    });
  });
});
