import { HARNESS_DEMO_PASSWORD } from '@handoff/process-harness';
import type { Page } from 'playwright-core';

/** The seeded demo people (their password is the harness's DEMO_ADMIN_PASSWORD). */
export const DEMO_ADMIN = 'aino@demo.handoff.dev';
export const DEMO_AGENT = 'mikko@demo.handoff.dev';

/**
 * Signs in through the real sign-in screen, where the guard sent the page, and waits until the app
 * has moved on to the page that was asked for.
 */
export async function signIn(page: Page, email: string, password: string = HARNESS_DEMO_PASSWORD): Promise<void> {
  await page.waitForURL(/\/sign-in(\?|$)/);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
