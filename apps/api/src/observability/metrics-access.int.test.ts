import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { RunningApi } from '../server';
import { startLiveApi, tempDir } from '../testing/live-api';

const TOKEN = 'scrape-me-7b1f0c2e9d4a';

/** GET `path` on the API's port at `host` (a loopback address unless said otherwise), with `headers`. */
async function get(api: RunningApi, path: string, headers: Record<string, string> = {}, host = '127.0.0.1') {
  const { port } = api.httpServer.address() as AddressInfo;
  const response = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}${path}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

// An address of this machine that is not loopback: a request to it comes from it, as from any host.
const networkAddress = Object.values(networkInterfaces())
  .flat()
  .find((nic) => nic && nic.family === 'IPv4' && !nic.internal)?.address;

describe('who may read /metrics', () => {
  const dir = tempDir();
  const apis: RunningApi[] = [];
  const start = async (name: string, env: Record<string, string>) => {
    const api = await startLiveApi({ SQLITE_PATH: `${dir.path}/${name}.sqlite`, SEED_DEMO: 'false', ...env });
    apis.push(api);
    return api;
  };

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    dir.dispose();
  });

  describe('when METRICS_TOKEN is set', () => {
    let api: RunningApi;
    beforeAll(async () => {
      api = await start('token', { METRICS_TOKEN: TOKEN });
    });

    it('answers 401 with a Bearer challenge without the token, and with a wrong one', async () => {
      const none = await get(api, '/metrics');
      const wrong = await get(api, '/metrics', { authorization: `Bearer ${TOKEN}x` });
      const basic = await get(api, '/metrics', { authorization: `Basic ${Buffer.from(`prometheus:${TOKEN}`).toString('base64')}` });

      expect([none.status, none.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="metrics"']);
      expect([wrong.status, wrong.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="metrics", error="invalid_token"']);
      expect(basic.status).toBe(401);
      for (const refused of [none, wrong, basic]) expect(refused.text).not.toContain('http_requests_total');
    });

    it('serves the metrics to the token, from anywhere', async () => {
      const scraped = await get(api, '/metrics', { authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '203.0.113.9' });

      expect(scraped.status).toBe(200);
      expect(scraped.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(scraped.text).toContain('http_requests_total{');
    });

    it('keeps /health and /ready open to anyone', async () => {
      const [health, ready] = await Promise.all([get(api, '/health'), get(api, '/ready')]);

      expect([health.status, ready.status]).toEqual([200, 200]);
    });
  });

  describe('when METRICS_TOKEN is unset', () => {
    let api: RunningApi;
    beforeAll(async () => {
      api = await start('loopback', { HOST: '0.0.0.0' });
    });

    it('serves the metrics to a client on this machine', async () => {
      const scraped = await get(api, '/metrics');

      expect(scraped.status).toBe(200);
      expect(scraped.text).toContain('http_requests_total{');
    });

    it('refuses with 403 a request that went through a proxy (X-Forwarded-For) although it arrived from loopback', async () => {
      const proxied = await get(api, '/metrics', { 'x-forwarded-for': '203.0.113.9' });

      expect(proxied.status).toBe(403);
      expect(proxied.text).not.toContain('http_requests_total');
    });

    (networkAddress ? it : it.skip)(`refuses with 403 a client on the network (here ${networkAddress ?? 'none: this machine has no non-loopback IPv4 address, so this case cannot run'})`, async () => {
      const remote = await get(api, '/metrics', {}, networkAddress);
      const health = await get(api, '/health', {}, networkAddress);

      expect(remote.status).toBe(403);
      expect(remote.text).not.toContain('http_requests_total');
      expect(health.status).toBe(200);
    });

    it('counts a method of the client’s own as method="other", so no client can add a series', async () => {
      const { port } = api.httpServer.address() as AddressInfo;

      await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'PROPFIND' });
      const scraped = await get(api, '/metrics');

      expect(scraped.text).toMatch(/^http_requests_total\{method="other",route="\/graphql",status="\d+"\} [1-9]/m);
      expect(scraped.text).not.toContain('PROPFIND');
    });
  });

  describe('when METRICS_TOKEN is unset behind one trusted proxy (TRUST_PROXY_HOPS=1)', () => {
    let api: RunningApi;
    beforeAll(async () => {
      api = await start('proxied', { TRUST_PROXY_HOPS: '1' });
    });

    it('serves a client on this machine through a proxy on this machine, and refuses an outside client or a proxy that did not name one', async () => {
      const local = await get(api, '/metrics', { 'x-forwarded-for': '127.0.0.1' });
      const outside = await get(api, '/metrics', { 'x-forwarded-for': '203.0.113.9' });
      const spoofed = await get(api, '/metrics', { 'x-forwarded-for': '127.0.0.1, 203.0.113.9' });
      const unnamed = await get(api, '/metrics');

      expect([local.status, outside.status, spoofed.status, unnamed.status]).toEqual([200, 403, 403, 403]);
    });
  });
});
