import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes } from 'react-router';
import { renderWithProviders } from '../../testing/render-with-providers';
import { SettingsPage } from './settings-page';
import { policyQueryMock } from './testing/settings-mocks';

function renderWithNavigation() {
  const user = userEvent.setup();
  renderWithProviders(
    <>
      <Link to="/rules">Routing rules</Link>
      <Routes>
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="/rules" element={<p>Rules screen</p>} />
      </Routes>
    </>,
    { mocks: [policyQueryMock()], route: '/settings' },
  );
  return user;
}

const unloadIsHeld = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('SettingsPage leave guard', () => {
  describe('when nothing is edited', () => {
    it('lets the admin leave without asking', async () => {
      const user = renderWithNavigation();
      await screen.findByRole('textbox', { name: 'Phrase of trigger 1' });
      expect(unloadIsHeld()).toBe(false);
      await user.click(screen.getByRole('link', { name: 'Routing rules' }));
      expect(screen.getByText('Rules screen')).toBeInTheDocument();
    });
  });

  describe('when there are unsaved edits', () => {
    it('holds a page unload', async () => {
      const user = renderWithNavigation();
      await user.click(await screen.findByRole('radio', { name: 'No handoff' }));
      expect(unloadIsHeld()).toBe(true);
    });

    it('asks before an in-app link, stays on request, and leaves once confirmed', async () => {
      const user = renderWithNavigation();
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
  });
});
