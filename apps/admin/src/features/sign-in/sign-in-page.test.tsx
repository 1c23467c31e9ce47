import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { SessionApiError } from '../../lib/auth/session-api';
import type { SessionHandle } from '../../lib/auth/session-state';
import { createSessionStore } from '../../lib/auth/session-store';
import { fakeSessionApi, memorySessionMarker } from '../../testing/fake-session-api';
import { LocationProbe } from '../../testing/location-probe';
import { renderWithProviders } from '../../testing/render-with-providers';
import { testSession } from '../../testing/test-session';
import { SignInPage } from './sign-in-page';

function renderSignIn(route: string, session: SessionHandle = createSessionStore({ api: fakeSessionApi().api, marker: memorySessionMarker().marker, lock: (task) => task() })) {
  const user = userEvent.setup();
  renderWithProviders(
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="*" element={<LocationProbe />} />
    </Routes>,
    { route, session },
  );
  return { user, session };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, email: string, password: string) {
  await user.type(screen.getByRole('textbox', { name: 'Email' }), email);
  await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  describe('when the right email and password are given', () => {
    it('signs in and goes on to the page the person wanted', async () => {
      const { user, session } = renderSignIn('/sign-in?next=%2Frules%2Frs-1');
      await fillIn(user, 'aino@example.com', 'right-password');
      expect(await screen.findByTestId('location')).toHaveTextContent('/rules/rs-1');
      expect(session.current()).toMatchObject({ status: 'signedIn', user: { name: 'Aino Virtanen' } });
    });

    it('goes to the start when no page (or another site) was asked for', async () => {
      const { user } = renderSignIn('/sign-in?next=%2F%2Fevil.example');
      await fillIn(user, 'aino@example.com', 'right-password');
      expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    });
  });

  describe('when the password is wrong', () => {
    it('says so in words, stays on the page and lets the person try again', async () => {
      const { user, session } = renderSignIn('/sign-in');
      await fillIn(user, 'aino@example.com', 'wrong-password');
      expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password. Check both and try again.');
      expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
      expect(screen.queryByTestId('location')).not.toBeInTheDocument();
      expect(session.current().status).toBe('signedOut');
    });
  });

  describe('when the server cannot be reached', () => {
    it('says that, not that the password was wrong', async () => {
      const session = testSession({ status: 'signedOut', reason: null });
      session.signIn.mockRejectedValueOnce(new SessionApiError('network', 'Could not reach the server. Check your connection and try again.'));
      const { user } = renderSignIn('/sign-in', session);
      await fillIn(user, 'aino@example.com', 'right-password');
      expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach the server');
    });
  });

  describe('while signing in', () => {
    it('shows the button as busy', async () => {
      const session = testSession({ status: 'signedOut', reason: null });
      session.signIn.mockReturnValueOnce(new Promise(() => undefined));
      const { user } = renderSignIn('/sign-in', session);
      await fillIn(user, 'aino@example.com', 'right-password');
      expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute('data-loading', 'true');
    });
  });

  describe('when a field is left empty', () => {
    it('asks for it and does not call the API', async () => {
      const session = testSession({ status: 'signedOut', reason: null });
      const { user } = renderSignIn('/sign-in', session);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(screen.getByText('Enter your email')).toBeInTheDocument();
      expect(screen.getByText('Enter your password')).toBeInTheDocument();
      expect(session.signIn).not.toHaveBeenCalled();
    });
  });

  describe('when the session ended', () => {
    it('explains why the person is here', () => {
      renderSignIn('/sign-in', testSession({ status: 'signedOut', reason: 'expired' }));
      expect(screen.getByText('Your session has ended. Sign in again to continue.')).toBeInTheDocument();
    });
  });

  describe('when already signed in', () => {
    it('goes straight on', async () => {
      renderSignIn('/sign-in?next=%2Ftickets', testSession());
      expect(await screen.findByTestId('location')).toHaveTextContent('/tickets');
    });
  });
});
