import { type ServerProcess, startApiProcess } from '@handoff/process-harness';

/** Every script and stylesheet a page loads. */
function referencedAssets(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

describe('the self-hosted GraphiQL', () => {
  describe('when GRAPHIQL is on (the default)', () => {
    let api: ServerProcess;

    beforeAll(async () => {
      api = await startApiProcess();
    });

    afterAll(async () => {
      await api.stop();
    });

    it('serves the page at /graphiql', async () => {
      const response = await fetch(`${api.baseUrl}/graphiql`);

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('<div id="graphiql">');
    });

    it('loads every script and stylesheet from the API itself, none from a CDN', async () => {
      const page = await fetch(`${api.baseUrl}/graphiql/`);
      const assets = referencedAssets(await page.text());

      expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
      expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
      expect(assets.filter((a) => EXTERNAL.test(a))).toEqual([]);
      for (const asset of assets) {
        const response = await fetch(new URL(asset, page.url));
        expect(`${asset} ${response.status}`).toBe(`${asset} 200`);
        const body = await response.text();
        // Stylesheets must not pull fonts or imports from elsewhere either.
        if (asset.endsWith('.css')) expect(body).not.toMatch(/(?:@import|url\()\s*["']?(?:https?:)?\/\//i);
      }
    });
  });

  describe('when GRAPHIQL is off', () => {
    let api: ServerProcess;

    beforeAll(async () => {
      api = await startApiProcess({ GRAPHIQL: 'false' });
    });

    afterAll(async () => {
      await api.stop();
    });

    it('serves no page', async () => {
      const response = await fetch(`${api.baseUrl}/graphiql/`);

      expect(response.status).toBe(404);
    });
  });
});
