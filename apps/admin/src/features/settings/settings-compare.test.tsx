import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsComparePolicyDocument } from '../../generated/graphql';
import { renderWithProviders } from '../../testing/render-with-providers';
import { SettingsPage } from './settings-page';
import { ROUTED_DOCUMENT } from './testing/policy-documents';
import { policyQueryMock, refusedSaveMock } from './testing/settings-mocks';

/** What the server holds after the other admin's save: version 5, asynchronous handoff, one trigger fewer. */
const THEIRS = { ...ROUTED_DOCUMENT, process: 'async', customTriggers: ROUTED_DOCUMENT.customTriggers.filter((t) => t.id !== 'en-refund') };

function comparePolicyMock(): MockLink.MockedResponse {
  return {
    request: { query: SettingsComparePolicyDocument },
    result: { data: { handoffPolicy: { __typename: 'HandoffPolicy', version: 5, updatedAt: '2025-03-02T11:00:00.000Z', updatedBy: 'jamal@demo.handoff.dev', document: THEIRS } } },
  };
}

describe('SettingsPage compare after a conflict', () => {
  describe('when someone else saved first and the admin clicks Compare', () => {
    it('fetches the saved version and shows how the unsaved one differs, in words', async () => {
      const user = userEvent.setup();
      renderWithProviders(<SettingsPage />, { mocks: [policyQueryMock(), refusedSaveMock('changed by someone else', { code: 'CONFLICT', currentVersion: 5 }), comparePolicyMock()], route: '/settings' });
      await user.click(await screen.findByRole('radio', { name: 'No handoff' }));
      await user.click(screen.getByRole('button', { name: 'Save changes' }));

      const alert = await screen.findByRole('alert', { name: /Someone else saved these settings/ });
      await user.click(within(alert).getByRole('button', { name: 'Compare' }));

      const dialog = await screen.findByRole('dialog', { name: 'Compare with the saved version' });
      expect(await within(dialog).findByText(/Version 5 was saved by jamal@demo.handoff.dev/)).toBeInTheDocument();
      const lines = within(within(dialog).getByRole('list', { name: /^Changes/ })).getAllByRole('listitem');
      expect(lines.map((line) => line.textContent)).toEqual(['AddedCustom trigger “refund” added (Whole words)', 'ChangedProcess: Asynchronous handoff → No handoff']);

      await user.click(within(dialog).getByRole('button', { name: 'Close' }));
      // The unsaved edit is still there to save over theirs or to drop with a reload.
      expect(screen.getByRole('radio', { name: 'No handoff' })).toBeChecked();
      expect(screen.getByRole('alert', { name: /Someone else saved these settings/ })).toBeInTheDocument();
    });
  });
});
