import type { RunningApi } from '../../server';
import { demoAdminToken, openSocket, startLiveApi, tempDir } from '../../testing/live-api';
import { TOO_MANY_CLOSE_CODE } from './ws-limits';

const redisUrl = process.env['REDIS_URL'] ?? (process.env['CI'] ? undefined : 'redis://127.0.0.1:6379');

/** Whether a socket got its connection_ack, or the code it was closed with. */
const outcome = (socket: ReturnType<typeof openSocket>): Promise<'acknowledged' | number> =>
  Promise.race([new Promise<'acknowledged'>((resolve) => socket.client.on('connected', () => resolve('acknowledged'))), socket.closed.then((c) => c.code)]);

// Two replicas behind a load balancer, one database and one Redis: MAX_SOCKETS_PER_PRINCIPAL is
// the principal's, not each instance's. (Killed instances: e2e/faults-e2e/src/socket-cap-across-instances.e2e.ts.)
describe('the socket cap per principal across two instances', () => {
  const dir = tempDir();
  let a: RunningApi;
  let b: RunningApi;
  const opened: ReturnType<typeof openSocket>[] = [];
  const open = async (api: RunningApi) => {
    const socket = openSocket(api, await demoAdminToken(api));
    opened.push(socket);
    return socket;
  };

  beforeAll(async () => {
    if (!redisUrl) throw new Error('REDIS_URL must be set when CI is set');
    const env = { SQLITE_PATH: `${dir.path}/shared.sqlite`, REDIS_URL: redisUrl, MAX_SOCKETS_PER_PRINCIPAL: '3' };
    a = await startLiveApi(env);
    b = await startLiveApi(env); // after A, so only A migrates and seeds
  });

  afterAll(async () => {
    await Promise.all(opened.map((s) => s.client.dispose()));
    await b?.stop();
    await a?.stop();
    dir.dispose();
  });

  describe('when a principal holds 2 sockets on A and 1 on B', () => {
    it('refuses a 4th on either with 4429, and takes one again on the other instance once one has closed', async () => {
      const held = [await open(a), await open(a), await open(b)];
      const first = await Promise.all(held.map(outcome));

      const fourthOnA = await open(a);
      const fourthOnB = await open(b);
      const refused = await Promise.all([fourthOnA.closed, fourthOnB.closed]);
      await held[0]?.client.dispose();
      await held[0]?.closed;
      // The client sees the close a moment before the server has given the slot back.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const afterClose = await outcome(await open(b));

      expect(first).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);
      expect(refused.map((c) => [c.code, c.reason])).toEqual([
        [TOO_MANY_CLOSE_CODE, 'Too many connections'],
        [TOO_MANY_CLOSE_CODE, 'Too many connections'],
      ]);
      expect(afterClose).toBe('acknowledged');
    });
  });
});
