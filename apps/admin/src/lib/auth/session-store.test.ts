import { fakeSessionApi, FIFTEEN_MINUTES, memorySessionMarker } from '../../testing/fake-session-api';
import { SessionApiError } from './session-api';
import { createSessionStore, REFRESH_RETRY_MS } from './session-store';
import { REFRESH_LEAD_MS } from './token-lifetime';

const runLocked = <T>(task: () => Promise<T>) => task();

/** A store over the fake API; `cookie` is a session this browser already has (the marker is then set). */
function setup(cookie: string | null = null) {
  const server = fakeSessionApi();
  if (cookie) server.issue(cookie);
  const marker = memorySessionMarker(cookie !== null);
  const store = createSessionStore({ api: server.api, marker: marker.marker, lock: runLocked });
  return { server, marker, store };
}

async function signedIn() {
  const setup_ = setup();
  await setup_.store.signIn('aino@example.com', 'right-password');
  return setup_;
}

describe('createSessionStore', () => {
  afterEach(() => jest.useRealTimers());

  describe('when the app starts', () => {
    it('is signed out, without a reason and without asking the API, when this browser never signed in', async () => {
      const { store, server } = setup();
      await store.restore();
      expect(store.current()).toEqual({ status: 'signedOut', reason: null });
      expect(server.api.refresh).not.toHaveBeenCalled();
    });

    it('trades the session cookie for a session; the API rotates the cookie', async () => {
      const { store, server } = setup('refresh-before-reload');
      expect(store.current()).toEqual({ status: 'restoring' });
      await store.restore();
      expect(store.current()).toMatchObject({ status: 'signedIn', user: { name: 'Aino Virtanen', role: 'admin' } });
      expect(server.calls).toEqual(['refresh refresh-before-reload']);
      expect(server.cookie()).toBe('refresh-1');
    });

    it('ends as expired, and forgets it had a session, when the cookie is no longer good', async () => {
      const server = fakeSessionApi();
      server.setCookie('refresh-revoked');
      const marker = memorySessionMarker(true);
      const store = createSessionStore({ api: server.api, marker: marker.marker, lock: runLocked });
      await store.restore();
      expect(store.current()).toEqual({ status: 'signedOut', reason: 'expired' });
      expect(marker.marker.isSet()).toBe(false);
    });

    it('removes a refresh token an older version stored in localStorage, and revokes it at the API', () => {
      const server = fakeSessionApi();
      server.issueElsewhere('refresh-old-install');
      const marker = memorySessionMarker(false, 'refresh-old-install');
      createSessionStore({ api: server.api, marker: marker.marker, lock: runLocked });
      expect(server.api.revokeStoredToken).toHaveBeenCalledWith('refresh-old-install');
      expect(server.isLive('refresh-old-install')).toBe(false);
      expect(marker.marker.takeLegacyRefreshToken()).toBeNull();
    });
  });

  describe('when signing in', () => {
    it('keeps the access token in memory, leaves the refresh token to the cookie, and maps the role', async () => {
      const { store, server, marker } = await signedIn();
      expect(store.current()).toMatchObject({ status: 'signedIn', user: { id: 'user-aino', role: 'admin' } });
      expect(await store.accessToken()).toMatch(/\./);
      expect(server.cookie()).toBe('refresh-1');
      expect(marker.marker.isSet()).toBe(true);
    });

    it('gives an agent the agent role', async () => {
      const { store } = setup();
      await store.signIn(' mikko@example.com ', 'right-password');
      expect(store.current()).toMatchObject({ status: 'signedIn', user: { role: 'agent' } });
    });

    it('passes the API’s refusal on and stays signed out', async () => {
      const { store, marker } = setup();
      await expect(store.signIn('aino@example.com', 'wrong')).rejects.toEqual(new SessionApiError('invalidCredentials', 'Wrong email or password.'));
      expect(store.current()).toEqual({ status: 'signedOut', reason: null });
      expect(marker.marker.isSet()).toBe(false);
    });

    it('signs in under the cross-tab lock, so another tab’s refresh cannot land its cookie after ours', async () => {
      const server = fakeSessionApi();
      const held: string[] = [];
      const lock = async <T>(task: () => Promise<T>) => {
        held.push('lock');
        return task();
      };
      const store = createSessionStore({ api: server.api, marker: memorySessionMarker().marker, lock });
      await store.signIn('aino@example.com', 'right-password');
      expect(held).toEqual(['lock']);
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
    it('sends the rotated cookie each time, never a used one', async () => {
      const { store, server } = await signedIn();
      await store.refresh();
      await store.refresh();
      expect(server.calls.filter((c) => c.startsWith('refresh'))).toEqual(['refresh refresh-1', 'refresh refresh-2']);
      expect(server.cookie()).toBe('refresh-3');
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
      expect(server.calls.at(-1)).toBe('refresh refresh-1');

      // And again for the new token, fifteen minutes on.
      await jest.advanceTimersByTimeAsync(FIFTEEN_MINUTES - REFRESH_LEAD_MS);
      expect(server.calls.at(-1)).toBe('refresh refresh-2');
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
      const { store, server } = await signedIn();
      server.api.refresh.mockRejectedValueOnce(new SessionApiError('network', 'Could not reach the server.'));

      expect(await store.refresh()).toBeNull();
      expect(store.current().status).toBe('signedIn');
      expect(server.cookie()).toBe('refresh-1');
      await jest.advanceTimersByTimeAsync(REFRESH_RETRY_MS);
      expect(server.api.refresh).toHaveBeenCalledTimes(2);
      expect(server.cookie()).toBe('refresh-2');
    });
  });

  describe('when the refresh cookie is refused', () => {
    it('ends the session as expired and forgets it had one', async () => {
      const { store, server, marker } = await signedIn();
      server.api.refresh.mockRejectedValueOnce(new SessionApiError('invalidCredentials', 'Wrong email or password.'));
      expect(await store.refresh()).toBeNull();
      expect(store.current()).toEqual({ status: 'signedOut', reason: 'expired' });
      expect(marker.marker.isSet()).toBe(false);
      expect(await store.accessToken()).toBeNull();
    });
  });

  describe('when signing out', () => {
    it('forgets the access token at once and has the API revoke the cookie’s token and clear the cookie', async () => {
      const { store, server, marker } = await signedIn();
      await store.signOut();
      expect(store.current()).toEqual({ status: 'signedOut', reason: 'signedOut' });
      expect(marker.marker.isSet()).toBe(false);
      expect(await store.accessToken()).toBeNull();
      expect(server.calls.at(-1)).toBe('signOut refresh-1');
      expect(server.isLive('refresh-1')).toBe(false);
      expect(server.cookie()).toBeNull();
    });

    it('does not let a refresh already on its way bring the session back, and revokes what it brings', async () => {
      const { store, server } = await signedIn();
      const release = server.holdRefreshes();
      const refreshing = store.refresh();
      const signingOut = store.signOut();
      release();
      await Promise.all([refreshing, signingOut]);

      expect(store.current()).toEqual({ status: 'signedOut', reason: 'signedOut' });
      expect(server.isLive('refresh-2')).toBe(false);
      expect(server.cookie()).toBeNull();
      // Signed out only after the refresh that used the old cookie had finished: the API never saw it reused.
      expect(server.calls.slice(-2)).toEqual(['refresh refresh-1', 'signOut refresh-2']);
    });

    it('follows another tab that signed out', async () => {
      const { store, marker } = await signedIn();
      marker.clearInAnotherTab();
      expect(store.current()).toEqual({ status: 'signedOut', reason: 'signedOut' });
      expect(await store.accessToken()).toBeNull();
    });
  });

  describe('when the API refuses even a fresh token', () => {
    it('expires the session and retires the cookie, so nothing signs in with it later', async () => {
      const { store, server, marker } = await signedIn();
      store.expire();
      expect(store.current()).toEqual({ status: 'signedOut', reason: 'expired' });
      expect(marker.marker.isSet()).toBe(false);
      expect(server.calls.at(-1)).toBe('signOut refresh-1');
      expect(server.cookie()).toBeNull();
    });
  });
});
