import type { Page } from 'playwright-core';
import { DEMO_ADMIN, signIn } from './steps/sign-in';
import { startAdminSession, type AdminSession } from './support/admin-session';

const pathOf = (page: Page) => new URL(page.url()).pathname;

/**
 * The unsaved-changes guard against the browser's own Back button, which only a real browser
 * has: the app's data router must hold the history step, ask in its dialog, and undo the step
 * when the admin stays.
 */
describe('leaving the handoff settings with unsaved changes', () => {
  let session: AdminSession;
  let page: Page;
  beforeAll(async () => {
    session = await startAdminSession();
    page = await session.newPage('/tickets');
    await signIn(page, DEMO_ADMIN);
    await page.waitForURL('**/tickets');
    await page.getByRole('heading', { level: 2, name: 'Tickets' }).waitFor();
    // Into the settings by the navigation, so Back has somewhere in the app to go.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Handoff settings' }).click();
    await page.waitForURL('**/settings');
  });
  afterAll(async () => session?.close());

  describe('when the admin edits the settings and presses the browser Back button', () => {
    it('asks, and on "Stay on this page" keeps the page and the edit', async () => {
      const noHandoff = page.getByRole('radio', { name: 'No handoff' });
      await page.getByText('No handoff', { exact: true }).click();
      expect(await noHandoff.isChecked()).toBe(true);

      await page.goBack();
      const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
      await dialog.waitFor();
      expect(pathOf(page)).toBe('/settings');
      await session.screenshot(page, 'leave-guard-back');

      await dialog.getByRole('button', { name: 'Stay on this page' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(pathOf(page)).toBe('/settings');
      expect(await noHandoff.isChecked()).toBe(true);
    });

    it('asks again, and on "Leave and discard changes" goes back to the tickets', async () => {
      await page.goBack();
      const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
      await dialog.getByRole('button', { name: 'Leave and discard changes' }).click();
      await page.waitForURL('**/tickets');
      await page.getByRole('heading', { level: 2, name: 'Tickets' }).waitFor();
      expect(session.pageErrors).toEqual([]);
    });
  });
});
