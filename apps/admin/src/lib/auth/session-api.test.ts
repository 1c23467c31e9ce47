import { createSessionApi, SessionApiError } from './session-api';

const GRANT = { accessToken: 'a.b.c', expiresAt: '2026-03-02T09:15:00.000Z', user: { id: 'u', name: 'Aino', email: 'aino@example.com', role: 'admin' } };

// jsdom has no fetch Response; the API client reads only these.
function respond(status: number, body: unknown) {
  const response = { ok: status >= 200 && status < 300, status, json: async () => body } as Response;
  return jest.fn<Promise<Response>, Parameters<typeof fetch>>(async () => response);
}

describe('createSessionApi', () => {
  describe('when signing in succeeds', () => {
    it('posts signIn with the credentials, asking for the refresh token in the cookie, and returns the grant', async () => {
      const fetchImpl = respond(200, { data: { signIn: GRANT } });
      const grant = await createSessionApi('/graphql', fetchImpl).signIn('aino@example.com', 'secret-pass');
      expect(grant).toEqual(GRANT);
      const [url, init] = fetchImpl.mock.calls[0] ?? [];
      const body = JSON.parse(String(init?.body)) as { query: string; variables: unknown };
      expect(url).toBe('/graphql');
      expect(body.query).toMatch(/mutation SessionSignIn/);
      expect(body.query).not.toMatch(/refreshToken\b(?!Delivery)/);
      expect(body.variables).toEqual({ input: { email: 'aino@example.com', password: 'secret-pass', refreshTokenDelivery: 'cookie' } });
      expect(init?.credentials).toBe('same-origin');
      expect(init?.headers).not.toHaveProperty('authorization');
    });
  });

  describe('when refreshing and signing out', () => {
    it('sends no token: the browser attaches the cookie', async () => {
      const fetchImpl = respond(200, { data: { refreshSession: GRANT, signOut: { signedOut: true } } });
      const api = createSessionApi('/graphql', fetchImpl);
      await api.refresh();
      await api.signOut();
      const sent = fetchImpl.mock.calls.map(([, init]) => ({ ...(JSON.parse(String(init?.body)) as { query: string; variables: unknown }), credentials: init?.credentials }));
      expect(sent).toEqual([
        { query: expect.stringMatching(/refreshSession \{/), variables: {}, credentials: 'same-origin' },
        { query: expect.stringMatching(/signOut \{/), variables: {}, credentials: 'same-origin' },
      ]);
    });
  });

  describe('when revoking a token an older version stored', () => {
    it('signs that token out by argument', async () => {
      const fetchImpl = respond(200, { data: { signOut: { signedOut: true } } });
      await createSessionApi('/graphql', fetchImpl).revokeStoredToken('refresh-old');
      const body = JSON.parse(String(fetchImpl.mock.calls[0]?.[1]?.body)) as { query: string; variables: unknown };
      expect(body.query).toMatch(/signOut\(refreshToken: \$refreshToken\)/);
      expect(body.variables).toEqual({ refreshToken: 'refresh-old' });
    });
  });

  describe('when the API answers UNAUTHENTICATED (HTTP 401)', () => {
    it('fails as invalidCredentials, in words', async () => {
      const fetchImpl = respond(401, { data: null, errors: [{ message: 'Wrong email or password, or an expired session', extensions: { code: 'UNAUTHENTICATED' } }] });
      await expect(createSessionApi('/graphql', fetchImpl).refresh()).rejects.toEqual(new SessionApiError('invalidCredentials', 'Wrong email or password.'));
    });
  });

  describe('when the API cannot be reached', () => {
    it('fails as network', async () => {
      const fetchImpl = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
      await expect(createSessionApi('/graphql', fetchImpl).signIn('a@b.c', 'x')).rejects.toMatchObject({ kind: 'network' });
    });
  });

  describe('when the API answers with another error', () => {
    it('fails as other with the API’s message', async () => {
      const fetchImpl = respond(200, { data: null, errors: [{ message: 'This email belongs to several workspaces: name one', extensions: { code: 'BAD_USER_INPUT' } }] });
      await expect(createSessionApi('/graphql', fetchImpl).signIn('a@b.c', 'x')).rejects.toEqual(new SessionApiError('other', 'This email belongs to several workspaces: name one'));
    });
  });
});
