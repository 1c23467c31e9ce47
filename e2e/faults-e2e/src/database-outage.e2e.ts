import { demoAdminToken, postGraphQL, startApiProcess, startThrowawayPostgres, type ServerProcess, type ThrowawayService } from '@handoff/process-harness';

const READ = '{ tickets(first: 5) { edges { node { id subject } } } }';

async function timedRead(api: ServerProcess, token: string) {
  const started = Date.now();
  const response = await postGraphQL<{ tickets: unknown }>(api.baseUrl, READ, undefined, token);
  return { ...response, ms: Date.now() - started };
}

/** PostgreSQL stops under a running API: requests fail fast with a code, none hang, and it heals. */
describe('an API instance whose PostgreSQL goes down and comes back', () => {
  let pg: ThrowawayService;
  let api: ServerProcess;
  let token: string;
  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    api = await startApiProcess({ DATABASE_URL: pg.url, SEED_DEMO: 'true' });
    token = await demoAdminToken(api.baseUrl);
  });
  afterAll(async () => {
    await api?.stop();
    await pg?.destroy();
  });

  it('answers reads normally while the database is up', async () => {
    const response = await timedRead(api, token);
    expect(response.body.errors).toBeUndefined();
  });

  describe('when the database is down', () => {
    beforeAll(async () => pg.stop());

    it('answers every request within 2 s with DATABASE_UNAVAILABLE and a request id, and nothing internal', async () => {
      const answers = await Promise.all(Array.from({ length: 10 }, () => timedRead(api, token)));
      for (const answer of answers) {
        expect(answer.ms).toBeLessThan(2_000);
        expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', requestId: expect.any(String) });
        expect(answer.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack|\.ts:|\.js:/);
      }
    });

    it('reports itself not ready, naming the database', async () => {
      const response = await fetch(`${api.baseUrl}/ready`);
      expect(response.status).toBe(503);
      expect(JSON.stringify(await response.json())).toMatch(/database/i);
    });
  });

  describe('when the database comes back', () => {
    it('serves reads again within seconds, without a restart', async () => {
      await pg.start();
      const back = Date.now();
      let answer = await timedRead(api, token);
      while (answer.body.errors && Date.now() - back < 15_000) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        answer = await timedRead(api, token);
      }
      expect(answer.body.errors).toBeUndefined();
      expect(Date.now() - back).toBeLessThan(10_000);
    });
  });
});
