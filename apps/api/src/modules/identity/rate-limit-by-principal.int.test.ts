import type { RunningApi } from '../../server';
import { createApiKeyOver, liveDatabase, LIVE_DEMO_PASSWORD, postForStatus, signIn, startLiveApi } from '../../testing/live-api';
import { describeEachDatabase } from '../../testing/test-databases';

const VIEWER = '{ viewer { role } }';

// Three requests a minute per budget. Everything here comes from 127.0.0.1: the budgets that
// differ are the principals'.
describeEachDatabase('rate limits by principal over HTTP', (engine) => {
  let db: Awaited<ReturnType<typeof liveDatabase>>;
  let api: RunningApi;

  beforeAll(async () => {
    db = await liveDatabase(engine);
    api = await startLiveApi({ RATE_LIMIT_POINTS: '3', RATE_LIMIT_DURATION_SECONDS: '60' }, { database: db.config });
  });

  afterAll(async () => {
    await api?.stop();
    await db?.dispose();
  });

  it('gives each authenticated principal its own budget, and charges anonymous and bad credentials to the address', async () => {
    const admin = await signIn(api, 'aino@demo.handoff.dev', LIVE_DEMO_PASSWORD); // address: 1
    const { key } = await createApiKeyOver(api, admin); // admin: 1

    const keyStatuses = [];
    for (let i = 0; i < 4; i++) keyStatuses.push((await postForStatus(api, VIEWER, key)).status); // key: 1..4
    const adminAfter = await postForStatus(api, VIEWER, admin); // admin: 2
    const anonymous = await postForStatus(api, VIEWER, null); // address: 2
    const forged = await postForStatus(api, VIEWER, 'hk_live_made-up-key'); // address: 3
    const forgedAgain = await postForStatus(api, VIEWER, 'another.made-up.token'); // address: 4

    expect(keyStatuses).toEqual([200, 200, 200, 429]);
    expect(adminAfter.status).toBe(200);
    expect([anonymous.status, anonymous.body.errors?.[0]?.extensions?.['code']]).toEqual([401, 'UNAUTHENTICATED']);
    expect(forged.status).toBe(401);
    expect([forgedAgain.status, forgedAgain.body.errors?.[0]?.extensions?.['code']]).toEqual([429, 'RATE_LIMITED']);
  });
});
