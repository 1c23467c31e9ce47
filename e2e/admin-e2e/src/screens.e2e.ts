import { DEMO_ADMIN, DEMO_AGENT, signIn } from './steps/sign-in';
import { startAdminSession, type AdminSession } from './support/admin-session';

const SCREENS = [
  { link: 'Handoff settings', path: '/settings', heading: 'Handoff settings' },
  { link: 'Routing rules', path: '/rules', heading: 'Routing rules' },
  { link: 'Simulator', path: '/simulator', heading: 'Simulator' },
  { link: 'Tickets', path: '/tickets', heading: 'Tickets' },
  { link: 'Team availability', path: '/availability', heading: 'Team availability' },
  { link: 'Audit log', path: '/audit', heading: 'Audit log' },
] as const;

describe('the admin app, served by the API', () => {
  let session: AdminSession;
  beforeAll(async () => {
    session = await startAdminSession();
    // Nobody is signed in yet: the app sends the browser to its sign-in screen first.
    const page = await session.newPage('/');
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await session.screenshot(page, 'screen-sign-in');
    await signIn(page, DEMO_ADMIN);
    await page.waitForURL('**/settings');
    await page.close();
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

  describe('when an agent signs in', () => {
    it('offers only tickets and team availability, and refuses the settings opened by address politely', async () => {
      const page = await session.newPage('/', { ownProfile: true });
      await signIn(page, DEMO_AGENT);
      await page.waitForURL('**/tickets');
      await page.getByRole('heading', { level: 2, name: 'Tickets' }).waitFor();
      const header = page.getByTestId('signed-in-user');
      expect(await header.textContent()).toMatch(/Mikko Korhonen.*agent/);
      const links = await page.getByRole('navigation', { name: 'Screens' }).getByRole('link').allTextContents();
      expect(links).toEqual(['Tickets', 'Team availability', 'GraphiQL (API explorer)']);

      await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Team availability' }).click();
      await page.getByRole('row', { name: /Mikko Korhonen \(you\)/ }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Capacity of Mikko Korhonen' }).isEnabled()).toBe(true);
      expect(await page.getByRole('textbox', { name: 'Capacity of Aino Virtanen' }).isDisabled()).toBe(true);
      await session.screenshot(page, 'screen-availability-agent');

      await page.goto(`${session.api.baseUrl}/settings`);
      await page.getByRole('heading', { level: 2, name: 'Not available to your role' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'New trigger phrase' }).count()).toBe(0);
      await session.screenshot(page, 'screen-agent-not-allowed');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/sign-in/);
      await page.getByText('You have signed out.').waitFor();
      expect(session.pageErrors).toEqual([]);
    });
  });
});
