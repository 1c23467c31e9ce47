import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { LocationProbe } from '../testing/location-probe';
import { renderWithProviders } from '../testing/render-with-providers';
import { TEST_AGENT, testSession } from '../testing/test-session';
import { AdminShell } from './app-shell';
import { RequireSession } from './require-session';
import { HomeRedirect, RoleGate } from './role-gate';

/** The app's frame around a stand-in screen, as app.tsx wires it. */
function renderApp(route: string, session = testSession()) {
  renderWithProviders(
    <Routes>
      <Route path="/sign-in" element={<LocationProbe />} />
      <Route
        path="*"
        element={
          <RequireSession>
            <AdminShell>
              <RoleGate>
                <Routes>
                  <Route path="/" element={<HomeRedirect />} />
                  <Route path="*" element={<LocationProbe />} />
                </Routes>
              </RoleGate>
            </AdminShell>
          </RequireSession>
        }
      />
    </Routes>,
    { route, session },
  );
  return session;
}

const navLinks = () =>
  within(screen.getByRole('navigation', { name: 'Screens' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('the signed-in app', () => {
  describe('when nobody is signed in', () => {
    it('sends them to sign-in, remembering the page they wanted', () => {
      renderApp('/rules/rs-1?version=3', testSession({ status: 'signedOut', reason: null }));
      expect(screen.getByTestId('location')).toHaveTextContent('/sign-in?next=%2Frules%2Frs-1%3Fversion%3D3');
      expect(screen.queryByRole('navigation', { name: 'Screens' })).not.toBeInTheDocument();
    });
  });

  describe('while a stored session is being restored', () => {
    it('waits instead of sending them to sign-in', () => {
      renderApp('/tickets', testSession({ status: 'restoring' }));
      expect(screen.getByLabelText('Restoring your session')).toBeInTheDocument();
      expect(screen.queryByTestId('location')).not.toBeInTheDocument();
    });
  });

  describe('when an admin is signed in', () => {
    it('offers every screen, and shows their name, role and a way out', () => {
      renderApp('/settings');
      expect(navLinks()).toEqual(['Handoff settings', 'Routing rules', 'Simulator', 'Tickets', 'Team availability', 'Audit log', 'GraphiQL (API explorer)']);
      const header = screen.getByTestId('signed-in-user');
      expect(header).toHaveTextContent('Aino Virtanen');
      expect(within(header).getByLabelText('Role: admin')).toBeInTheDocument();
    });

    it('starts on the handoff settings', () => {
      renderApp('/');
      expect(screen.getByTestId('location')).toHaveTextContent('/settings');
    });
  });

  describe('when an agent is signed in', () => {
    it('offers only tickets, team availability and GraphiQL', () => {
      renderApp('/tickets', testSession(TEST_AGENT));
      expect(navLinks()).toEqual(['Tickets', 'Team availability', 'GraphiQL (API explorer)']);
      expect(within(screen.getByTestId('signed-in-user')).getByLabelText('Role: agent')).toBeInTheDocument();
    });

    it('starts on the tickets', () => {
      renderApp('/', testSession(TEST_AGENT));
      expect(screen.getByTestId('location')).toHaveTextContent('/tickets');
    });

    it.each(['/settings', '/rules/rs-1', '/simulator', '/audit'])('refuses %s politely, with a way back', (path) => {
      renderApp(path, testSession(TEST_AGENT));
      expect(screen.getByRole('heading', { level: 2, name: 'Not available to your role' })).toBeInTheDocument();
      expect(screen.getByText(/signed in as Mikko Korhonen, an agent/)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Go to Tickets' })).toHaveAttribute('href', '/tickets');
      expect(screen.queryByTestId('location')).not.toBeInTheDocument();
    });
  });

  describe('when the person signs out', () => {
    it('ends the session and lands on sign-in', async () => {
      const user = userEvent.setup();
      const session = renderApp('/tickets');
      await user.click(screen.getByRole('button', { name: 'Sign out' }));
      expect(session.signOut).toHaveBeenCalledTimes(1);
      expect(await screen.findByTestId('location')).toHaveTextContent('/sign-in?next=%2Ftickets');
    });
  });
});
