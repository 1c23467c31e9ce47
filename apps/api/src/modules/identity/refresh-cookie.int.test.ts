import type { RunningApi } from '../../server';
import { liveDatabase, LIVE_DEMO_PASSWORD, startLiveApi } from '../../testing/live-api';
import { describeEachDatabase } from '../../testing/test-databases';
import { REFRESH_COOKIE_NAME } from './refresh-cookie';
import { REFRESH_TOKEN_TTL_MS } from './sessions.service';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { email } } }';
const REFRESH_BY_COOKIE = 'mutation { refreshSession { accessToken refreshToken } }';
const REFRESH_BY_ARGUMENT = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
const SIGN_OUT_BY_COOKIE = 'mutation { signOut { signedOut } }';
const SIGN_OUT_BY_ARGUMENT = 'mutation($t: String!) { signOut(refreshToken: $t) { signedOut } }';
const AINO = { email: 'aino@demo.handoff.dev', password: LIVE_DEMO_PASSWORD };

interface Answer {
  readonly status: number;
  readonly body: { data?: Record<string, Record<string, unknown> | null> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  /** The response's Set-Cookie headers, one per cookie. */
  readonly setCookies: string[];
}

/** The refresh cookie a Set-Cookie list sets: its value and its attributes (lower-cased names). */
function refreshCookieIn(setCookies: readonly string[]): { value: string; attributes: Map<string, string> } | null {
  const header = setCookies.find((c) => c.startsWith(`${REFRESH_COOKIE_NAME}=`));
  if (!header) return null;
  const [pair = '', ...rest] = header.split(';').map((part) => part.trim());
  const attributes = new Map(rest.map((a) => [a.split('=')[0]?.toLowerCase() ?? '', a.slice(a.indexOf('=') + 1)] as const));
  return { value: decodeURIComponent(pair.slice(pair.indexOf('=') + 1)), attributes };
}

/** The request a browser page of this origin sends: JSON, with the cookie when there is one. */
async function post(api: RunningApi, query: string, options: { variables?: Record<string, unknown>; cookie?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(options.cookie ? { cookie: `${REFRESH_COOKIE_NAME}=${options.cookie}` } : {}),
    ...options.headers,
  };
  const response = await fetch(api.url, { method: 'POST', headers, body: JSON.stringify({ query, variables: options.variables }) });
  return { status: response.status, body: (await response.json()) as Answer['body'], setCookies: response.headers.getSetCookie() };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.['code'];

describeEachDatabase('the refresh token in an httpOnly cookie, over real HTTP', (engine) => {
  let db: Awaited<ReturnType<typeof liveDatabase>>;
  let api: RunningApi;

  /** Signs Aino in as a browser does; returns the cookie's value. */
  const signInForCookie = async (): Promise<string> => {
    const answer = await post(api, SIGN_IN, { variables: { input: AINO } });
    const cookie = refreshCookieIn(answer.setCookies);
    if (!cookie) throw new Error(`no cookie: ${JSON.stringify(answer.body)}`);
    return cookie.value;
  };

  beforeAll(async () => {
    db = await liveDatabase(engine);
    // One trusted proxy in front, as in a typical deployment, so X-Forwarded-Proto counts.
    api = await startLiveApi({ TRUST_PROXY_HOPS: '1' }, { database: db.config });
  });

  afterAll(async () => {
    await api?.stop();
    await db?.dispose();
  });

  describe('when a browser signs in (cookie delivery, the default over HTTP)', () => {
    it('sets an httpOnly, SameSite=Strict cookie scoped to /graphql for the token’s lifetime, and leaves the token out of the body', async () => {
      const answer = await post(api, SIGN_IN, { variables: { input: AINO } });
      const cookie = refreshCookieIn(answer.setCookies);

      expect(answer.status).toBe(200);
      expect(answer.body.data?.['signIn']).toMatchObject({ refreshToken: null, user: { email: AINO.email } });
      expect(answer.body.data?.['signIn']?.['accessToken']).toEqual(expect.any(String));
      expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(cookie?.attributes.has('httponly')).toBe(true);
      expect(cookie?.attributes.get('samesite')).toBe('Strict');
      expect(cookie?.attributes.get('path')).toBe('/graphql');
      expect(cookie?.attributes.get('max-age')).toBe(String(REFRESH_TOKEN_TTL_MS / 1000));
      // Plain HTTP here, so not Secure: a browser would drop a Secure cookie set over http.
      expect(cookie?.attributes.has('secure')).toBe(false);
    });

    it('marks the cookie Secure when the trusted proxy says the browser came over https', async () => {
      const answer = await post(api, SIGN_IN, { variables: { input: AINO }, headers: { 'x-forwarded-proto': 'https' } });

      expect(refreshCookieIn(answer.setCookies)?.attributes.has('secure')).toBe(true);
    });

    it('sets no cookie when the password is wrong', async () => {
      const answer = await post(api, SIGN_IN, { variables: { input: { ...AINO, password: 'wrong' } } });

      expect(codeOf(answer)).toBe('UNAUTHENTICATED');
      expect(answer.setCookies).toEqual([]);
    });
  });

  describe('when refreshSession is called without an argument', () => {
    it('trades the cookie’s token for a new session, sends the next token back in the cookie, and the old one stops working', async () => {
      const first = await signInForCookie();

      const refreshed = await post(api, REFRESH_BY_COOKIE, { cookie: first });
      const next = refreshCookieIn(refreshed.setCookies);

      expect(refreshed.status).toBe(200);
      expect(refreshed.body.data?.['refreshSession']).toMatchObject({ accessToken: expect.any(String), refreshToken: null });
      expect(next?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(next?.value).not.toBe(first);
      expect(next?.attributes.has('httponly')).toBe(true);
      expect((await post(api, REFRESH_BY_COOKIE, { cookie: next?.value ?? '' })).status).toBe(200);
    });

    it('treats a reused (already rotated) cookie as theft: refused, the whole chain revoked, and the cookie cleared', async () => {
      const stolen = await signInForCookie();
      const rotated = refreshCookieIn((await post(api, REFRESH_BY_COOKIE, { cookie: stolen })).setCookies)?.value ?? '';

      const reuse = await post(api, REFRESH_BY_COOKIE, { cookie: stolen });
      const successor = await post(api, REFRESH_BY_COOKIE, { cookie: rotated });

      expect(reuse.status).toBe(401);
      expect(codeOf(reuse)).toBe('UNAUTHENTICATED');
      const cleared = refreshCookieIn(reuse.setCookies);
      expect(cleared?.value).toBe('');
      expect(cleared?.attributes.get('expires')).toMatch(/1970/);
      expect(codeOf(successor)).toBe('UNAUTHENTICATED');
    });

    it('answers UNAUTHENTICATED, saying why, when no cookie came', async () => {
      const answer = await post(api, REFRESH_BY_COOKIE);

      expect(answer.status).toBe(401);
      expect(codeOf(answer)).toBe('UNAUTHENTICATED');
      expect(answer.body.errors?.[0]?.message).toMatch(/no session cookie/);
    });
  });

  describe('when a browser signs out', () => {
    it('revokes the cookie’s token and clears the cookie', async () => {
      const cookie = await signInForCookie();

      const signedOut = await post(api, SIGN_OUT_BY_COOKIE, { cookie });
      const refreshAfter = await post(api, REFRESH_BY_COOKIE, { cookie });

      expect(signedOut.body.data?.['signOut']).toEqual({ signedOut: true });
      const cleared = refreshCookieIn(signedOut.setCookies);
      expect(cleared?.value).toBe('');
      expect(cleared?.attributes.get('path')).toBe('/graphql');
      expect(cleared?.attributes.get('expires')).toMatch(/1970/);
      expect(codeOf(refreshAfter)).toBe('UNAUTHENTICATED');
    });
  });

  describe('when another site tries to use the cookie (CSRF)', () => {
    // What a foreign page can send without a CORS preflight: a form post, a text/plain fetch, a link.
    it.each([
      ['a text/plain POST', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: REFRESH_BY_COOKIE }) }, ''],
      ['a form POST', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(REFRESH_BY_COOKIE)}` }, ''],
      ['a multipart form POST', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${REFRESH_BY_COOKIE}\r\n--x--\r\n` }, ''],
      ['a GET', { method: 'GET', headers: {} }, `?query=${encodeURIComponent(REFRESH_BY_COOKIE)}`],
    ])('refuses %s before it runs: no new cookie, and the token is still unused', async (_name, init, search) => {
      const cookie = await signInForCookie();

      const response = await fetch(`${api.url}${search}`, { ...init, headers: { ...init.headers, cookie: `${REFRESH_COOKIE_NAME}=${cookie}` } });
      const body = (await response.json()) as Answer['body'];
      const afterwards = await post(api, REFRESH_BY_COOKIE, { cookie });

      expect(response.status).toBe(400);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
      expect(response.headers.getSetCookie()).toEqual([]);
      // Had the forged request refreshed, this would be a reuse and fail.
      expect(afterwards.status).toBe(200);
    });

    it.each(['cross-site', 'same-site'])('ignores the cookie on a request the browser labels Sec-Fetch-Site: %s', async (site) => {
      const cookie = await signInForCookie();

      const forged = await post(api, REFRESH_BY_COOKIE, { cookie, headers: { 'sec-fetch-site': site } });
      const forgedSignOut = await post(api, SIGN_OUT_BY_COOKIE, { cookie, headers: { 'sec-fetch-site': site } });
      const ownPage = await post(api, REFRESH_BY_COOKIE, { cookie, headers: { 'sec-fetch-site': 'same-origin' } });

      expect(codeOf(forged)).toBe('UNAUTHENTICATED');
      expect(forged.setCookies).toEqual([]);
      expect(forgedSignOut.setCookies).toEqual([]);
      expect(ownPage.status).toBe(200);
    });
  });

  describe('when a script asks for the token in the body (responseBody delivery)', () => {
    it('signs in, refreshes and signs out with tokens in the body and never sets a cookie', async () => {
      const signedIn = await post(api, SIGN_IN, { variables: { input: { ...AINO, refreshTokenDelivery: 'responseBody' } } });
      const first = String(signedIn.body.data?.['signIn']?.['refreshToken']);
      const refreshed = await post(api, REFRESH_BY_ARGUMENT, { variables: { t: first } });
      const next = String(refreshed.body.data?.['refreshSession']?.['refreshToken']);
      const reuse = await post(api, REFRESH_BY_ARGUMENT, { variables: { t: first } });
      const successor = await post(api, REFRESH_BY_ARGUMENT, { variables: { t: next } });
      const fresh = await post(api, SIGN_IN, { variables: { input: { ...AINO, refreshTokenDelivery: 'responseBody' } } });
      const freshToken = String(fresh.body.data?.['signIn']?.['refreshToken']);
      const signedOut = await post(api, SIGN_OUT_BY_ARGUMENT, { variables: { t: freshToken } });
      const afterSignOut = await post(api, REFRESH_BY_ARGUMENT, { variables: { t: freshToken } });

      expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(next).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(next).not.toBe(first);
      expect([signedIn, refreshed, fresh, signedOut].flatMap((a) => a.setCookies)).toEqual([]);
      expect(codeOf(reuse)).toBe('UNAUTHENTICATED');
      // Reuse revokes the chain on this path too.
      expect(codeOf(successor)).toBe('UNAUTHENTICATED');
      expect(codeOf(afterSignOut)).toBe('UNAUTHENTICATED');
    });

    it('uses the argument over a cookie sent along, and leaves the cookie alone', async () => {
      const cookie = await signInForCookie();
      const script = String((await post(api, SIGN_IN, { variables: { input: { ...AINO, refreshTokenDelivery: 'responseBody' } } })).body.data?.['signIn']?.['refreshToken']);

      const refreshed = await post(api, REFRESH_BY_ARGUMENT, { variables: { t: script }, cookie });

      expect(refreshed.body.data?.['refreshSession']?.['refreshToken']).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(refreshed.setCookies).toEqual([]);
      expect((await post(api, REFRESH_BY_COOKIE, { cookie })).status).toBe(200);
    });
  });
});
