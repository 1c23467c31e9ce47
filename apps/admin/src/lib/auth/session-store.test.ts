import { fakeSessionApi, FIFTEEN_MINUTES, memoryTokenStorage } from '../../testing/fake-session-api';
import { SessionApiError } from './session-api';
import { createSessionStore, REFRESH_RETRY_MS } from './session-store';
import { REFRESH_LEAD_MS } from './token-lifetime';

const runLocked = <T>(task: () => Promise<T>) => task();

function setup(storedToken: string | null = null) {
  const server = fakeSessionApi();
  if (storedToken) server.issue(storedToken);
  const tokens = memoryTokenStorage(storedToken);
  const store = createSessionStore({ api: server.api, storage: tokens.storage, lock: runLocked });
  return { server, tokens, store };
}

async function signedIn() {
  const setup_ = setup();
  await setup_.store.signIn('aino@example.com', 'right-password');
  return setup_;
}

describe('createSessionStore', () => {
  afterEach(() => jest.useRealTimers());

  describe('when the app starts', () => {
    it('is signed out, without a reason, when no refresh token is stored', async () => {
      const { store, server } = setup();
      await store.restore();
      expect(store.current()).toEqual({ status: 'signedOut', reason: null });
      expect(server.api.refresh).not.toHaveBeenCalled();
    });

    it('trades a stored refresh token for a session, and stores the next one', async () => {
      const { store, tokens } = setup('refresh-stored');
      expect(store.current()).toEqual({ status: 'restoring' });
      await store.restore();
      expect(store.current()).toMatchObject({ status: 'signedIn', user: { name: 'Aino Virtanen', role: 'admin' } });
      expect(tokens.storage.read()).toBe('refresh-1');
    });

    it('ends as expired when the stored token is no longer good', async () => {
      const server = fakeSessionApi();
      const tokens = memoryTokenStorage('refresh-revoked');
      const store = createSessionStore({ api: server.api, storage: tokens.storage, lock: runLocked });
      await store.restore();
      expect(store.current()).toEqual({ status: 'signedOut', reason: 'expired' });
      expect(tokens.storage.read()).toBeNull();
    });
  });

  describe('when signing in', () => {
    it('keeps the access token in memory, the refresh token in storage, and maps the role', async () => {
      const { store, tokens } = await signedIn();
      expect(store.current()).toMatchObject({ status: 'signedIn', user: { id: 'user-aino', role: 'admin' } });
      expect(await store.accessToken()).toMatch(/\./);
      expect(tokens.storage.read()).toBe('refresh-1');
    });

    it('gives an agent the agent role', async () => {
      const { store } = setup();
      await store.signIn(' mikko@example.com ', 'right-password');
      expect(store.current()).toMatchObject({ status: 'signedIn', user: { role: 'agent' } });
    });

    it('passes the API’s refusal on and stays signed out', async () => {
      const { store, tokens } = setup();
      await expect(store.signIn('aino@example.com', 'wrong')).rejects.toEqual(new SessionApiError('invalidCredentials', 'Wrong email or password.'));
      expect(store.current()).toEqual({ status: 'signedOut', reason: null });
      expect(tokens.storage.read()).toBeNull();
    });
  });

  describe('when several requests need a refresh at once', () => {
    it('sends one refreshSession and gives every caller the same new token', async () => {
      const { store, server } = await signedIn();
      const release = server.holdRefreshes();
      const all = Promise.all([store.refresh(), store.refresh(), store.refresh()]);
      release();
      const [a, b, c] = await all;
      expect(server.api.refresh).toHaveBeenCalledTimes(1);
      expect(a).toBeTruthy();
      expect([b, c]).toEqual([a, a]);
    });
  });

  describe('when refreshing again later', () => {
    it('uses the rotated token each time, never a used one', async () => {
      const { store, server, tokens } = await signedIn();
      await store.refresh();
      await store.refresh();
      expect(server.calls.filter((c) => c.startsWith('refresh'))).toEqual(['refresh refresh-1', 'refresh refresh-2']);
      expect(tokens.storage.read()).toBe('refresh-3');
      expect(store.current().status).toBe('signedIn');
    });

    it('tells listeners the token rotated, but does not re-render screens for it', async () => {
      const { store } = await signedIn();
      const rotated = jest.fn();
      const changed = jest.fn();
      store.onTokenRotated(rotated);
      store.subscribe(changed);
      await store.refresh();
      expect(rotated).toHaveBeenCalledTimes(1);
      expect(changed).not.toHaveBeenCalled();
    });
  });

  describe('when the access token nears its expiry', () => {
    it('refreshes a minute before it expires, on its own', async () => {
      jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') });
      const { store, server } = await signedIn();

      await jest.advanceTimersByTimeAsync(FIFTEEN_MINUTES - REFRESH_LEAD_MS - 1000);
      expect(server.api.refresh).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1000);
      expect(server.api.refresh).toHaveBeenCalledWith('refresh-1');

      // And again for the new token, fifteen minutes on.
      await jest.advanceTimersByTimeAsync(FIFTEEN_MINUTES - REFRESH_LEAD_MS);
      expect(server.api.refresh).toHaveBeenLastCalledWith('refresh-2');
      expect(store.current().status).toBe('signedIn');
    });

    it('refreshes before handing out a token about to expire (a sleeping laptop misses timers)', async () => {
      jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') });
      const { store, server } = await signedIn();
      const first = await store.accessToken();
      jest.setSystemTime(new Date('2026-03-02T09:14:55Z'));

      const token = await store.accessToken();

      expect(server.api.refresh).toHaveBeenCalledTimes(1);
      expect(token).not.toBe(first);
    });

    it('keeps the session and tries again soon when the API cannot be reached', async () => {
      jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') });
      const { store, server, tokens } = await signedIn();
      server.api.refresh.mockRejectedValueOnce(new SessionApiError('network', 'Could not reach the server.'));

      expect(await store.refresh()).toBeNull();
      expect(store.current().status).toBe('signedIn');
      expect(tokens.storage.read()).toBe('refresh-1');
      await jest.advanceTimersByTimeAsync(REFRESH_RETRY_MS);
      expect(server.api.refresh).toHaveBeenCalledTimes(2);
      expect(tokens.storage.read()).toBe('refresh-2');
    });
  });

  describe('when the refresh token is refused', () => {
    it('ends the session as expired and forgets the token', async () => {
      const { store, server, tokens } = await signedIn();
      server.api.refresh.mockRejectedValueOnce(new SessionApiError('invalidCredentials', 'Wrong email or password.'));
      expect(await store.refresh()).toBeNull();
      expect(store.current()).toEqual({ status: 'signedOut', reason: 'expired' });
      expect(tokens.storage.read()).toBeNull();
      expect(await store.accessToken()).toBeNull();
    });
  });

  describe('when signing out', () => {
    it('forgets both tokens at once and revokes the refresh token at the API', async () => {
      const { store, server, tokens } = await signedIn();
      await store.signOut();
      expect(store.current()).toEqual({ status: 'signedOut', reason: 'signedOut' });
      expect(tokens.storage.read()).toBeNull();
      expect(await store.accessToken()).toBeNull();
      expect(server.api.signOut).toHaveBeenCalledWith('refresh-1');
    });

    it('does not let a refresh already on its way bring the session back, and retires what it brings', async () => {
      const { store, server, tokens } = await signedIn();
      const release = server.holdRefreshes();
      const refreshing = store.refresh();
      const signingOut = store.signOut();
      release();
      await Promise.all([refreshing, signingOut]);

      expect(store.current()).toEqual({ status: 'signedOut', reason: 'signedOut' });
      expect(tokens.storage.read()).toBeNull();
      expect(server.isLive('refresh-2')).toBe(false);
      // The old token was signed out only after the refresh that used it had finished.
      expect(server.calls.slice(-2)).toEqual(['signOut refresh-2', 'signOut refresh-1']);
    });

    it('follows another tab that signed out', async () => {
      const { store, tokens } = await signedIn();
      tokens.clearInAnotherTab();
      expect(store.current()).toEqual({ status: 'signedOut', reason: 'signedOut' });
      expect(await store.accessToken()).toBeNull();
    });
  });

  describe('when the API refuses even a fresh token', () => {
    it('expires the session', async () => {
      const { store, tokens } = await signedIn();
      store.expire();
      expect(store.current()).toEqual({ status: 'signedOut', reason: 'expired' });
      expect(tokens.storage.read()).toBeNull();
    });
  });
});
