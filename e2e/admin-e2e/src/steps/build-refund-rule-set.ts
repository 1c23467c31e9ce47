import type { Page } from 'playwright-core';

/** What the rule should catch and where it sends it. */
export interface RefundRuleSpec {
  readonly ruleSetName: string;
  /** The message contains any of these. */
  readonly phrases: readonly string[];
  readonly teamName: string;
}

/** Picks `option` in the Mantine combobox named `name`. */
async function choose(page: Page, name: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * In the rule builder: a new rule set holding one rule with two groups —
 * ALL( channel is email, ANY( message contains phrase₁, message contains phrase₂ … ) ) → team —
 * saved as a draft and published. Ends on the published rule set.
 */
export async function buildRefundRuleSet(page: Page, spec: RefundRuleSpec): Promise<void> {
  await page.getByRole('button', { name: 'New rule set', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Name' }).fill(spec.ruleSetName);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'New rule', exact: true }).click();
  await page.getByRole('textbox', { name: 'Rule name' }).fill(`Refunds by email to ${spec.teamName}`);

  // Root group (ALL): condition 1 is the channel, item 2 is an ANY group of phrases.
  await page.getByRole('button', { name: 'Add condition to root group' }).click();
  await choose(page, 'Field of condition 1', 'Conversation channel');
  await choose(page, 'Value of condition 1', 'Email');

  await page.getByRole('button', { name: 'Add group to root group' }).click();
  await page.getByRole('radiogroup', { name: 'Combinator of group 2' }).getByText('Any', { exact: true }).click();
  for (const [index, phrase] of spec.phrases.entries()) {
    const condition = `condition 2.${index + 1}`;
    // A new group starts with one empty condition; later phrases need one each.
    if (index > 0) await page.getByRole('button', { name: 'Add condition to group 2' }).click();
    await choose(page, `Field of ${condition}`, 'Visitor message');
    await choose(page, `Operator of ${condition}`, 'contains');
    await page.getByRole('textbox', { name: `Value of ${condition}`, exact: true }).fill(phrase);
  }

  await page.getByRole('button', { name: 'Add action', exact: true }).click();
  await choose(page, 'Action 1 type', 'Assign to team');
  await choose(page, 'Action 1 team', spec.teamName);

  await page.getByRole('group', { name: 'Rule set status' }).getByText('No issues').waitFor();
  await page.getByRole('button', { name: 'Save draft', exact: true }).click();
  await page.getByText('Draft saved, not published').waitFor();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Draft is live').waitFor();
}
