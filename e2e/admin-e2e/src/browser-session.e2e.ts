import type { Page, Request } from 'playwright-core';
import { DEMO_ADMIN, signIn } from './steps/sign-in';
import { startAdminSession, type AdminSession } from './support/admin-session';

// Named as in the page's default document, whose first operation GraphiQL has selected.
const ME = 'query Me { viewer { role user { name email } } }';

/** Opens GraphiQL and waits for its schema to arrive. */
async function openGraphiQL(page: Page, baseUrl: string): Promise<void> {
  const schema = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('IntrospectionQuery') === true);
  await page.goto(`${baseUrl}/graphiql`);
  await schema;
}

/** Replaces the query in GraphiQL's editor (CodeMirror 5, which would auto-close typed brackets), runs it and returns the result pane's text. */
async function runInGraphiQL(page: Page, query: string): Promise<string> {
  const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
  await editor.waitFor();
  await page.locator('.graphiql-response .CodeMirror').first().waitFor();
  await editor.evaluate((element, text) => (element as unknown as { CodeMirror: { setValue(value: string): void } }).CodeMirror.setValue(text), query);
  // Just after the schema arrives GraphiQL may still ignore a click on run; click again only if
  // nothing was sent (a second click while a request is out would stop it).
  const isRun = (request: Request) => request.url().endsWith('/graphql') && request.postData()?.includes(query) === true;
  let sent: Request | null = null;
  for (let attempt = 0; attempt < 5 && !sent; attempt++) {
    const request = page.waitForRequest(isRun, { timeout: 2_000 }).catch(() => null);
    await page.getByRole('button', { name: /Execute query/ }).click();
    sent = await request;
  }
  if (!sent) throw new Error('GraphiQL sent nothing after five clicks on run');
  await sent.response();
  const result = page.locator('.graphiql-response');
  await result.filter({ hasText: /"(data|errors)"/ }).waitFor();
  return (await result.textContent()) ?? '';
}

describe('the browser session: the refresh token in an httpOnly cookie, GraphiQL signed in by it', () => {
  let session: AdminSession;
  beforeAll(async () => {
    session = await startAdminSession();
  });
  afterAll(async () => session?.close());

  describe('when someone signs in to the admin app', () => {
    it('keeps the refresh token where no script can read it, and a reload restores the session from it', async () => {
      const page = await session.newPage('/', { ownProfile: true });
      // What an older version of the app left behind: removed (and revoked) on start.
      await page.evaluate(() => window.localStorage.setItem('handoff.refreshToken', 'left-by-an-old-version'));
      await page.reload();
      await signIn(page, DEMO_ADMIN);

      const cookies = await page.context().cookies();
      const stored = await page.evaluate(() => ({ ...window.localStorage }));
      const scriptVisible = await page.evaluate(() => document.cookie);
      await page.reload();
      await page.getByTestId('signed-in-user').filter({ hasText: 'Aino Virtanen' }).waitFor();

      expect(cookies).toEqual([expect.objectContaining({ name: 'handoff_refresh', httpOnly: true, sameSite: 'Strict', path: '/graphql' })]);
      expect(stored).toEqual({ 'handoff.session': '1' });
      expect(scriptVisible).toBe('');
      await page.context().close();
    });
  });

  describe('when this browser has not signed in to the admin app', () => {
    it('says how to get a session: a link to the admin app, or a token in the Headers tab', async () => {
      const page = await session.newPage('/', { ownProfile: true });
      await openGraphiQL(page, session.api.baseUrl);
      const banner = page.locator('#session');

      await banner.filter({ hasText: 'Not signed in.' }).waitFor();

      expect(await banner.textContent()).toContain('{ "Authorization": "Bearer …" }');
      expect(await banner.getByRole('link', { name: 'Sign in to the admin app' }).getAttribute('href')).toBe('/');
      expect(await runInGraphiQL(page, ME)).toContain('UNAUTHENTICATED');
      await session.screenshot(page, 'graphiql-signed-out');
      await page.context().close();
    });
  });

  describe('when the browser signed in to the admin app', () => {
    it('runs a query as that person with nothing pasted, and follows a sign-out in the admin app', async () => {
      const page = await session.newPage('/', { ownProfile: true });
      await signIn(page, DEMO_ADMIN);
      const sent: (string | undefined)[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql') && request.postData()?.includes('viewer')) sent.push(request.headers()['authorization']);
      });

      await openGraphiQL(page, session.api.baseUrl);
      await page.locator('#session').filter({ hasText: 'Signed in as Aino Virtanen (admin)' }).waitFor();
      const answer = await runInGraphiQL(page, ME);

      expect(answer).toContain('"name": "Aino Virtanen"');
      expect(answer).toContain('"role": "admin"');
      expect(sent).toEqual([expect.stringMatching(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/)]);
      await session.screenshot(page, 'graphiql-signed-in');

      // Sign out in an admin tab of the same browser: GraphiQL stops sending the session's token.
      const admin = await page.context().newPage();
      await admin.goto(`${session.api.baseUrl}/settings`);
      await admin.getByRole('button', { name: 'Sign out' }).click();
      await admin.waitForURL(/\/sign-in/);
      await page.locator('#session').filter({ hasText: 'You signed out of the admin app.' }).waitFor();
      expect(await runInGraphiQL(page, ME)).toContain('UNAUTHENTICATED');
      expect(session.foreignRequests).toEqual([]);
      await page.context().close();
    });
  });
});
