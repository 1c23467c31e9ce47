import { graphqlPost } from '@handoff/process-harness';
import type { Page } from 'playwright-core';
import { buildRefundRuleSet } from './steps/build-refund-rule-set';
import { DEMO_ADMIN, signIn } from './steps/sign-in';
import { startAdminSession, type AdminSession } from './support/admin-session';
import { eventually } from './support/eventually';

const TRIGGER_PHRASE = 'money back';
const RULE_SET_NAME = 'E2E refunds';
const BILLING_MEMBERS = ['Mikko Korhonen', 'Priya Nair', 'Olga Ivanova'];
const VISITOR_TEXT = 'Hello, I want my money back for order 4411';

/**
 * The acceptance flow, in one browser, on a fresh demo database: an admin adds a custom
 * trigger, builds and publishes a two-group rule set that sends refunds by email to Billing, points
 * the handoff policy at it, simulates a message and reads the trace; then a visitor message posted
 * through the API appears on the live board, assigned to a Billing member. Steps share one page,
 * so each `it` continues where the previous one stopped (Jest runs them in order).
 */
describe('an admin configures refund routing and sees it work live', () => {
  let session: AdminSession;
  let page: Page;
  beforeAll(async () => {
    session = await startAdminSession();
    page = await session.newPage('/settings');
    // The guard sends the page to sign-in first, and back to the settings afterwards.
    await signIn(page, DEMO_ADMIN);
    await page.waitForURL('**/settings');
  });
  afterAll(async () => session?.close());

  it('adds a custom trigger in the handoff settings and saves', async () => {
    await page.getByRole('textbox', { name: 'New trigger phrase' }).fill(TRIGGER_PHRASE);
    await page.getByLabel('Match mode', { exact: true }).selectOption('phrase');
    await page.getByRole('button', { name: 'Add trigger' }).click();
    await eventually(() => page.getByRole('textbox', { name: /^Phrase of trigger \d+$/ }).last().inputValue(), (v) => expect(v).toBe(TRIGGER_PHRASE));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Settings saved', { exact: true }).waitFor();
    await session.screenshot(page, 'flow-1-settings-trigger-saved');
  });

  it('builds a two-group rule routing refunds from email to Billing, and publishes it', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Routing rules' }).click();
    await buildRefundRuleSet(page, { ruleSetName: RULE_SET_NAME, phrases: ['refund', TRIGGER_PHRASE], teamName: 'Billing' });
    await session.screenshot(page, 'flow-2-rule-published');
  });

  it('points condition-based routing at the new rule set', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Handoff settings' }).click();
    await page.getByText('Condition-based routing', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Rule set' }).click();
    await page.getByRole('option', { name: new RegExp(RULE_SET_NAME) }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Settings saved', { exact: true }).waitFor();
    const policy = await graphqlPost<{ handoffPolicy: { assignment: { ruleSet: { name: string } | null } } }>(
      session.api.baseUrl,
      '{ handoffPolicy { assignment { ruleSet { name } } } }',
    );
    expect(policy.handoffPolicy.assignment.ruleSet?.name).toBe(RULE_SET_NAME);
  });

  it('simulates a visitor message and sees the trace: trigger, matched rule, conditions, assignee, reply', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Simulator' }).click();
    await page.getByRole('textbox', { name: 'Visitor message' }).fill(VISITOR_TEXT);
    await page.getByRole('combobox', { name: 'Channel' }).click();
    await page.getByRole('option', { name: 'Email', exact: true }).click();
    await page.getByRole('button', { name: 'Run simulation' }).click();

    await eventually(() => page.getByTestId('decision').getAttribute('data-handed-off'), (v) => expect(v).toBe('true'));
    expect(await page.getByTestId('trigger-highlight').allTextContents()).toContainEqual(expect.stringMatching(/money back/i));
    expect(await page.getByTestId('routing-matched').textContent()).toMatch(/Refunds by email to Billing/);
    const matchedRule = page.locator('[data-testid="rule-trace"][data-status="matched"]');
    const conditionResults = await matchedRule.locator('[data-testid="condition-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-result')));
    expect(conditionResults).toContain('true');
    expect(await page.getByTestId('ticket-team').textContent()).toMatch(/Billing/);
    expect(await page.getByTestId('assignee').textContent()).toMatch(new RegExp(BILLING_MEMBERS.join('|')));
    expect((await page.getByTestId('visitor-message').textContent())?.trim()).not.toBe('');
    await session.screenshot(page, 'flow-3-simulation-trace');
  });

  it('shows a ticket made by a visitor message elsewhere on the board, live, assigned to a Billing member', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Tickets' }).click();
    // Live means the socket was acknowledged; the board also reloads its columns on every connection.
    await page.locator('[data-testid="tickets-live"][data-state="live"]').waitFor();
    await page.evaluate(() => ((window as unknown as { boardNotReloaded: boolean }).boardNotReloaded = true));

    const posted = await graphqlPost<{ postVisitorMessage: { handoff: { handedOff: boolean; ticket: { subject: string } | null } } }>(
      session.api.baseUrl,
      `mutation ($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { handoff { handedOff ticket { subject } } } }`,
      { input: { channel: 'email', language: 'en', text: VISITOR_TEXT, contact: { email: 'visitor@example.com' } } },
    );
    expect(posted.postVisitorMessage.handoff.handedOff).toBe(true);
    const subject = posted.postVisitorMessage.handoff.ticket?.subject ?? '';

    const card = page.getByRole('article', { name: subject });
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getByTestId('ticket-owner').textContent()).toMatch(new RegExp(BILLING_MEMBERS.join('|')));
    expect(await page.evaluate(() => (window as unknown as { boardNotReloaded?: boolean }).boardNotReloaded)).toBe(true);
    await session.screenshot(page, 'flow-4-ticket-live-on-board');
    expect(session.foreignRequests).toEqual([]);
  });
});
