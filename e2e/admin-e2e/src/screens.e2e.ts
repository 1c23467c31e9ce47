import { startAdminSession, type AdminSession } from './support/admin-session';

const SCREENS = [
  { link: 'Handoff settings', path: '/settings', heading: 'Handoff settings' },
  { link: 'Routing rules', path: '/rules', heading: 'Routing rules' },
  { link: 'Simulator', path: '/simulator', heading: 'Simulator' },
  { link: 'Tickets', path: '/tickets', heading: 'Tickets' },
  { link: 'Team availability', path: '/availability', heading: 'Team availability' },
] as const;

describe('the admin app, served by the API', () => {
  let session: AdminSession;
  beforeAll(async () => {
    session = await startAdminSession();
  });
  afterAll(async () => session?.close());

  describe('when an admin visits every screen from the navigation', () => {
    it('renders each one, loads nothing from another origin and logs no errors', async () => {
      const page = await session.newPage('/');
      await page.waitForURL('**/settings');
      for (const screen of SCREENS) {
        await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen.link }).click();
        // /rules moves on to /rules/<first rule set>; either is the screen.
        await page.waitForURL(new RegExp(`${screen.path}(/|\\?|$)`));
        await page.getByRole('heading', { level: 2, name: screen.heading }).waitFor();
        await page.waitForLoadState('networkidle');
        await session.screenshot(page, `screen${screen.path.replace('/', '-')}`);
      }
      expect(session.foreignRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    });
  });

  describe('when a screen is opened by its address', () => {
    it('is served by the API (client-side routes survive a reload)', async () => {
      const page = await session.newPage('/tickets');
      await page.getByRole('heading', { level: 2, name: 'Tickets' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Tickets' }).waitFor();
    });
  });

  describe('when the navigation is used by keyboard only', () => {
    it('reaches a screen with Tab and Enter', async () => {
      const page = await session.newPage('/settings');
      await page.getByRole('heading', { level: 2, name: 'Handoff settings' }).waitFor();
      const target = page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Simulator' });
      for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/simulator');
    });
  });
});
