import type { IncomingMessage } from 'node:http';
import { principalKeyOf } from '../../http/rate-limit';
import type { Principal } from './principal';
import { createRequestAuthentication } from './request-authentication';

const alice: Principal = { kind: 'session', label: 'alice@a.test', userId: 'u-alice', workspaceId: 'ws-a', role: 'agent', expiresAt: new Date('2030-01-01T00:00:00.000Z') };
const bot: Principal = { kind: 'apiKey', label: 'api-key:Bot', apiKeyId: 'k-bot', workspaceId: 'ws-a', role: 'integrator', name: 'Bot' };

const request = (authorization?: string, forwardedFor?: string): IncomingMessage =>
  ({ headers: { ...(authorization ? { authorization } : {}), ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) }, socket: { remoteAddress: '::ffff:10.0.0.7' } }) as unknown as IncomingMessage;

function fakeAuthenticator() {
  const calls: string[] = [];
  const known: Record<string, Principal> = { 'alice-token': alice, 'hk_live_bot': bot };
  return { calls, authenticate: async (credential: string) => (calls.push(credential), known[credential] ?? null) };
}

const runMiddleware = (auth: ReturnType<typeof createRequestAuthentication>, req: IncomingMessage) =>
  new Promise<unknown>((resolve) => auth.middleware(req as never, {} as never, resolve));

describe('createRequestAuthentication', () => {
  describe('when a request carries credentials', () => {
    it('authenticates it once, for the limiter and the context alike', async () => {
      const authenticator = fakeAuthenticator();
      const auth = createRequestAuthentication(authenticator);
      const req = request('Bearer alice-token');

      await runMiddleware(auth, req);
      const again = await auth.authenticate(req);

      expect(auth.principalOf(req)).toBe(alice);
      expect(again).toBe(alice);
      expect(authenticator.calls).toEqual(['alice-token']);
    });

    it('knows no principal for credentials that prove nothing', async () => {
      const auth = createRequestAuthentication(fakeAuthenticator());
      const req = request('Bearer forged');
      await runMiddleware(auth, req);
      expect(auth.principalOf(req)).toBeNull();
    });
  });

  describe('when authenticating fails (the database is down)', () => {
    it('lets the request go on, without a principal, for the context to answer with a coded error', async () => {
      const auth = createRequestAuthentication({ authenticate: () => Promise.reject(new Error('database down')) });
      const req = request('Bearer hk_live_bot');

      const passedOn = await runMiddleware(auth, req);

      expect(passedOn).toBeUndefined();
      expect(auth.principalOf(req)).toBeNull();
      await expect(auth.authenticate(req)).rejects.toThrow('database down');
    });
  });
});

describe('principalKeyOf', () => {
  describe('when the request has an authenticated principal', () => {
    it('charges the API key or the person in their workspace, whatever address or header it comes with', () => {
      expect(principalKeyOf(request(), 0, bot)).toBe('key:ws-a:k-bot');
      expect(principalKeyOf(request(undefined, '203.0.113.9'), 1, alice)).toBe('user:ws-a:u-alice');
    });
  });

  describe('when it has none', () => {
    it('charges the address, so made-up credentials never get a fresh budget', () => {
      expect(principalKeyOf(request('Bearer forged'), 0, null)).toBe('ip:10.0.0.7');
      expect(principalKeyOf(request('Bearer forged', '203.0.113.9'), 0)).toBe('ip:10.0.0.7');
      expect(principalKeyOf(request(undefined, '203.0.113.9'), 1)).toBe('ip:203.0.113.9');
    });
  });
});
