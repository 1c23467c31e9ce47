import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey, startApiProcess, type ServerProcess } from '@handoff/process-harness';
import { BENCH_SERVER_ENV } from './bench-server-env';
import { runHandoffJob } from './handoff-client';

// P7's client on a tiny run against the built API: it authenticates its posts and its sockets,
// every subscriber hears every handoff, and nothing is lost. Nothing is timed here.
describe('P7 handoff client', () => {
  let dir: string;
  let server: ServerProcess;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-p7-test-'));
    server = await startApiProcess({ ...BENCH_SERVER_ENV, SQLITE_PATH: join(dir, 'p7.sqlite'), SEED_DEMO: 'true' });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('when three subscribers listen with an integrator’s key', () => {
    it('delivers each of four handoffs to all of them', async () => {
      const group = { name: 'tiny', subscribeUrl: `${server.baseUrl}/graphql`, postUrl: server.baseUrl, credential: await createApiKey(server.baseUrl) };

      const [result] = await runHandoffJob({ groups: [group], subscribersPerGroup: 3, postsPerGroup: 4, batch: 2, timeoutMs: 5_000 });

      expect(result).toMatchObject({ name: 'tiny', posts: 4, expected: 12, received: 12, lost: 0, duplicates: 0 });
    }, 60_000);
  });
});
