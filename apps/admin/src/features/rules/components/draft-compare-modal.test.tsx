import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RulesCompareDraftDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { DraftRule } from '../adapters/draft-types';
import { conflictMock, EMAIL_DRAFT, ruleSetFixture, TEST_CATALOGUE, TEST_CHOICES, testSuggestions } from '../testing/rules-fixtures';
import { RuleSetEditor } from './rule-set-editor';

jest.setTimeout(20_000);

const EMAIL_RULE = EMAIL_DRAFT.rules[0] as DraftRule;
/** The other admin's draft, saved as version 7: the rule renamed, no fallback. */
const THEIRS = { ...EMAIL_DRAFT, rules: [{ ...EMAIL_RULE, name: 'Email to the Billing desk' }], fallback: [] };

function compareDraftMock(): MockLink.MockedResponse {
  return {
    request: { query: RulesCompareDraftDocument, variables: { id: 'rs-1' } },
    result: { data: { ruleSet: { __typename: 'RoutingRuleSet', id: 'rs-1', draft: THEIRS, draftVersion: 7, updatedAt: '2025-03-02T11:00:00.000Z' } } },
  };
}

describe('RuleSetEditor compare after a conflict', () => {
  describe('when someone else saved the draft first and the admin clicks Compare', () => {
    it('fetches the saved draft and shows how the unsaved one differs, with team names', async () => {
      const user = userEvent.setup();
      renderWithProviders(
        <RuleSetEditor ruleSet={ruleSetFixture(EMAIL_DRAFT)} catalogue={TEST_CATALOGUE} choices={TEST_CHOICES} suggestions={testSuggestions} routesTickets onDeleted={() => undefined} />,
        { mocks: [conflictMock(7), compareDraftMock()] },
      );
      await user.click(screen.getByRole('switch', { name: 'Enable rule 1' }));
      await user.click(screen.getByRole('button', { name: 'Save draft' }));

      await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Compare' }));

      const dialog = await screen.findByRole('dialog', { name: 'Compare with the saved draft' });
      expect(await within(dialog).findByText(/Draft version 7 was saved/)).toBeInTheDocument();
      const lines = within(within(dialog).getByRole('list', { name: /^Changes/ })).getAllByRole('listitem');
      expect(lines.map((line) => line.textContent)).toEqual([
        'ChangedRule 1 renamed: “Email to the Billing desk” → “Email to Billing”',
        'ChangedRule 1 “Email to Billing” turned off',
        'ChangedFallback: No actions → Assign to team Support',
      ]);

      await user.click(within(dialog).getByRole('button', { name: 'Close' }));
      // Both ways out are still offered, and the unsaved edit is kept.
      expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Keep my changes and overwrite' })).toBeInTheDocument();
      expect(screen.getByRole('switch', { name: 'Enable rule 1' })).not.toBeChecked();
    });
  });
});
