import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes } from 'react-router';
import { renderWithProviders } from '../../testing/render-with-providers';
import { SettingsPage } from './settings-page';
import { policyQueryMock, saveMock } from './testing/settings-mocks';

/** The settings with a link to a stand-in rules screen, and `entries` as the browser history (settings current). */
function renderWithNavigation({ entries = ['/settings'], index }: { entries?: string[]; index?: number } = {}) {
  const user = userEvent.setup();
  const { router } = renderWithProviders(
    <>
      <Link to="/rules">Routing rules</Link>
      <Routes>
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="/rules" element={<p>Rules screen</p>} />
      </Routes>
    </>,
    { mocks: [policyQueryMock(), saveMock(() => undefined)], entries, index },
  );
  return { user, router };
}

const unloadIsHeld = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

const leaveDialog = () => screen.queryByRole('dialog', { name: 'Leave without saving?' });

describe('SettingsPage leave guard', () => {
  describe('when nothing is edited', () => {
    it('lets the admin leave without asking', async () => {
      const { user } = renderWithNavigation();
      await screen.findByRole('textbox', { name: 'Phrase of trigger 1' });
      expect(unloadIsHeld()).toBe(false);
      await user.click(screen.getByRole('link', { name: 'Routing rules' }));
      expect(screen.getByText('Rules screen')).toBeInTheDocument();
    });
  });

  describe('when there are unsaved edits', () => {
    it('holds a page unload', async () => {
      const { user } = renderWithNavigation();
      await user.click(await screen.findByRole('radio', { name: 'No handoff' }));
      expect(unloadIsHeld()).toBe(true);
    });

    it('asks before an in-app link, stays on request, and leaves once confirmed', async () => {
      const { user } = renderWithNavigation();
      await user.click(await screen.findByRole('radio', { name: 'No handoff' }));

      await user.click(screen.getByRole('link', { name: 'Routing rules' }));
      expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
      expect(screen.queryByText('Rules screen')).not.toBeInTheDocument();
      expect(screen.getByRole('radio', { name: 'No handoff' })).toBeChecked();

      await user.click(screen.getByRole('link', { name: 'Routing rules' }));
      await user.click(await screen.findByRole('button', { name: 'Leave and discard changes' }));
      expect(await screen.findByText('Rules screen')).toBeInTheDocument();
    });

    // The history is [rules, settings] for Back and [settings, rules] for Forward; a delta of -1 or 1 is the button.
    it.each([
      { button: 'Back', entries: ['/rules', '/settings'], index: 1, delta: -1 },
      { button: 'Forward', entries: ['/settings', '/rules'], index: 0, delta: 1 },
    ])("asks before the browser's $button button, stays on request, and leaves once confirmed", async ({ entries, index, delta }) => {
      const { user, router } = renderWithNavigation({ entries, index });
      await user.click(await screen.findByRole('radio', { name: 'No handoff' }));

      await act(() => router.navigate(delta));
      expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
      // The modal fades out.
      await waitFor(() => expect(leaveDialog()).not.toBeInTheDocument());
      expect(router.state.location.pathname).toBe('/settings');
      expect(screen.getByRole('radio', { name: 'No handoff' })).toBeChecked();

      await act(() => router.navigate(delta));
      await user.click(await screen.findByRole('button', { name: 'Leave and discard changes' }));
      expect(await screen.findByText('Rules screen')).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/rules');
    });

    it('asks before a navigation the app makes itself', async () => {
      const { user, router } = renderWithNavigation();
      await user.click(await screen.findByRole('radio', { name: 'No handoff' }));

      await act(() => router.navigate('/rules'));
      expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/settings');
    });
  });

  describe('when the edits are saved', () => {
    it('lets the admin go back without asking', async () => {
      const { user, router } = renderWithNavigation({ entries: ['/rules', '/settings'] });
      await user.click(await screen.findByRole('radio', { name: 'No handoff' }));
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      await screen.findByText('All changes saved');

      await act(() => router.navigate(-1));
      expect(await screen.findByText('Rules screen')).toBeInTheDocument();
      expect(leaveDialog()).not.toBeInTheDocument();
      expect(unloadIsHeld()).toBe(false);
    });
  });
});
