import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LeaveGuardModal } from '../components/leave-guard/leave-guard-modal';
import { useLeaveGuard } from '../components/leave-guard/use-leave-guard';
import { LocationProbe } from '../testing/location-probe';
import { renderRoutesWithProviders } from '../testing/render-with-providers';
import { TEST_AGENT, testSession } from '../testing/test-session';
import { appRoutes } from './app-routes';
import { HomeRedirect } from './role-gate';

/** A stand-in screen holding unsaved edits. */
function EditedScreen() {
  const guard = useLeaveGuard(true);
  return <LeaveGuardModal guard={guard} subject="the edited screen" />;
}

/** A stand-in screen with a bug. */
function BrokenScreen(): never {
  throw new Error('bug in a screen');
}

/** The app's own routes and frame, with a stand-in for every screen. */
function renderApp(route: string, session = testSession()) {
  const { router } = renderRoutesWithProviders(
    appRoutes([
      { index: true, element: <HomeRedirect /> },
      { path: 'edited', element: <EditedScreen /> },
      { path: 'broken', element: <BrokenScreen /> },
      { path: '*', element: <LocationProbe /> },
    ]),
    { route, session },
  );
  return { session, router };
}

const navLinks = () =>
  within(screen.getByRole('navigation', { name: 'Screens' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('the signed-in app', () => {
  describe('when nobody is signed in', () => {
    it('sends them to sign-in, remembering the page they wanted', () => {
      const { router } = renderApp('/rules/rs-1?version=3', testSession({ status: 'signedOut', reason: null }));
      expect(router.state.location).toMatchObject({ pathname: '/sign-in', search: '?next=%2Frules%2Frs-1%3Fversion%3D3' });
      expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
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
      const { session, router } = renderApp('/tickets');
      await user.click(screen.getByRole('button', { name: 'Sign out' }));
      expect(session.signOut).toHaveBeenCalledTimes(1);
      expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
      expect(router.state.location).toMatchObject({ pathname: '/sign-in', search: '?next=%2Ftickets' });
    });
  });

  describe('when the person signs out of a screen with unsaved edits', () => {
    it('lands on sign-in without asking, as the edits cannot be saved any more', async () => {
      const user = userEvent.setup();
      const { router } = renderApp('/edited');
      await user.click(screen.getByRole('button', { name: 'Sign out' }));
      expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
      expect(router.state.location).toMatchObject({ pathname: '/sign-in', search: '?next=%2Fedited' });
      expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    });
  });

  describe('when a screen throws while rendering', () => {
    it('shows what happened inside the shell, keeps the navigation, and offers a way on', async () => {
      const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const { router } = renderApp('/broken');
        expect(screen.getByRole('alert')).toHaveTextContent('This screen stopped working');
        expect(screen.getByRole('alert')).not.toHaveTextContent('bug in a screen');
        expect(navLinks()).toContain('Tickets');

        await userEvent.click(screen.getByRole('link', { name: 'Go to the start screen' }));
        expect(router.state.location.pathname).not.toBe('/broken');
        expect(screen.queryByText('This screen stopped working')).not.toBeInTheDocument();
      } finally {
        consoleError.mockRestore();
      }
    });
  });
});

