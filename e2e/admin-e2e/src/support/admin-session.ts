import { startApiProcess, type ServerProcess } from '@handoff/process-harness';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ADMIN_DIST = join(__dirname, '../../../../apps/admin/dist');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Screenshots of each screen, kept by the run (CI keeps the folder; git ignores it). */
export const SCREENSHOT_DIR = join(__dirname, '../../screenshots');

const VIEWPORT = { width: 1366, height: 900 };
// Debian's Chromium, as root in a sandboxed machine with no internet: these flags keep it from
// phoning home (refused connections) and from needing a GPU or a user namespace.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The real API serving the real built admin, on a fresh seeded database, and a browser. */
export interface AdminSession {
  readonly api: ServerProcess;
  readonly browser: Browser;
  /** Requests the page made to anything but the API's own origin (CDNs, fonts…): must stay empty. */
  readonly foreignRequests: string[];
  /** console.error output and uncaught page errors. */
  readonly pageErrors: string[];
  /** A page in the suite's shared profile (signed in once for all), or with `ownProfile` in a profile of its own (nobody signed in). */
  newPage(path?: string, options?: { ownProfile?: boolean }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startAdminSession(): Promise<AdminSession> {
  if (!existsSync(join(ADMIN_DIST, 'index.html'))) throw new Error(`No built admin at ${ADMIN_DIST}. Run: npx nx run admin:build`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's: apt-get install -y chromium`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Authentication required, as by default: the browser signs in through the sign-in screen (steps/sign-in.ts).
  const api = await startApiProcess({ ADMIN_DIST, SEED_DEMO: 'true' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // One browser profile for the suite's pages: signed in once, later pages restore the session
  // from the httpOnly refresh cookie the API set, as a person's new tabs do.
  const profile = await browser.newContext({ viewport: VIEWPORT });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const origin = new URL(api.baseUrl).origin;
  return {
    api,
    browser,
    foreignRequests,
    pageErrors,
    newPage: async (path = '/', options = {}) => {
      const page = options.ownProfile ? await (await browser.newContext({ viewport: VIEWPORT })).newPage() : await profile.newPage();
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
      });
      page.on('console', (message) => void (message.type() === 'error' && pageErrors.push(message.text())));
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.goto(`${api.baseUrl}${path}`);
      return page;
    },
    screenshot: async (page, name) => {
      // Grow the viewport to the whole page instead of `fullPage`, which stitches and so paints the
      // app shell's fixed header and navigation in the middle of long screens.
      const viewport = page.viewportSize() ?? VIEWPORT;
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.min(height, 4000)) });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
      await page.setViewportSize(viewport);
    },
    close: async () => {
      await browser.close();
      await api.stop();
    },
  };
}
