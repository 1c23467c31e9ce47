import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoAdminToken, startApiProcess, type ServerProcess } from '@handoff/process-harness';
import { BENCH_SERVER_ENV } from './bench-server-env';
import { startBaselineServer, type BaselineServer } from './baseline-server';
import { firstDifference, postJson } from './first-difference';
import { readRequestBody, seedTickets } from './read-query';

// P6's agreement check on a tiny database: the built API (the test target depends on
// api:build) and the graphql-js baseline answer the benchmark's query with the same JSON.
describe('P6 read agreement', () => {
  let dir: string;
  let ours: ServerProcess;
  let baseline: BaselineServer;
  // Our API wants credentials; the baseline takes none.
  let token: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-p6-test-'));
    const sqlitePath = join(dir, 'tiny.sqlite');
    ours = await startApiProcess({ ...BENCH_SERVER_ENV, SQLITE_PATH: sqlitePath, SEED_DEMO: 'true' });
    token = await demoAdminToken(ours.baseUrl);
    await seedTickets(ours.baseUrl, 12, 99);
    baseline = await startBaselineServer(sqlitePath, 0);
  }, 60_000);

  afterAll(async () => {
    await baseline?.close();
    await ours?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('when both serve the benchmark query', () => {
    it.each([1, 5, 12])('returns identical JSON for the first %i tickets', async (first) => {
      const body = readRequestBody(first);
      const [mine, theirs] = [await postJson(`${ours.baseUrl}/graphql`, body, token), await postJson(baseline.url, body)];
      expect(firstDifference(mine, theirs)).toBeNull();
      expect((mine as { data: { tickets: { edges: unknown[] } } }).data.tickets.edges).toHaveLength(first);
    });

    it('reaches every level: owners with teams, teams with members, tickets with no owner', async () => {
      const answer = (await postJson(baseline.url, readRequestBody(12))) as {
        data: { tickets: { edges: { node: { owner: { teams: { members: unknown[] }[] } | null; team: unknown } }[] } };
      };
      const nodes = answer.data.tickets.edges.map((e) => e.node);
      expect(nodes.some((n) => n.owner === null)).toBe(true);
      expect(nodes.some((n) => (n.owner?.teams[0]?.members.length ?? 0) > 0)).toBe(true);
      expect(nodes.some((n) => n.team !== null)).toBe(true);
    });
  });

  describe('when the baseline is wrong', () => {
    it('reports where the answers part', () => {
      expect(firstDifference({ data: { a: [1, { b: 2 }] } }, { data: { a: [1, { b: 3 }] } })).toBe('$.data.a[1].b: 2 ≠ 3');
    });
  });
});
