import { createHmac } from 'node:crypto';
import { AccessTokens, ACCESS_TOKEN, sessionEndsAt } from './access-token';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const NOW = new Date('2026-11-24T08:30:00.000Z');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = { sub: 'u1', wsp: 'ws', role: 'admin', email: 'a@x.test', iss: ACCESS_TOKEN.issuer, aud: ACCESS_TOKEN.audience, iat: NOW.getTime() / 1000, exp: NOW.getTime() / 1000 + 900 };
const forge = (header: object, payload: object, secret = SECRET, hash = 'sha256') => {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
};

describe('AccessTokens', () => {
  const tokens = new AccessTokens(SECRET, () => NOW);

  describe('when a token was signed here', () => {
    it('verifies, with the claims it carries', async () => {
      const { token, expiresAt } = await tokens.sign({ userId: 'u1', label: 'a@x.test', workspaceId: 'ws', role: 'agent' });
      await expect(tokens.verify(token)).resolves.toEqual({ userId: 'u1', label: 'a@x.test', workspaceId: 'ws', role: 'agent', expiresAt });
      expect(expiresAt.getTime() - NOW.getTime()).toBe(15 * 60_000);
    });

    it('is refused once expired (past the small clock tolerance), accepted just before', async () => {
      const { token } = await tokens.sign({ userId: 'u1', label: 'a@x.test', workspaceId: 'ws', role: 'agent' });
      const at = (ms: number) => new AccessTokens(SECRET, () => new Date(NOW.getTime() + ms));
      const end = 15 * 60_000 + ACCESS_TOKEN.clockToleranceSeconds * 1000;
      await expect(at(end - 1000).verify(token)).resolves.toMatchObject({ userId: 'u1' });
      await expect(at(end).verify(token)).resolves.toBeNull();
      expect(sessionEndsAt(new Date(NOW.getTime() + 15 * 60_000))).toBe(NOW.getTime() + end);
    });

    it('lives as long as it is configured to', async () => {
      const short = new AccessTokens(SECRET, () => NOW, 2);
      const { token, expiresAt } = await short.sign({ userId: 'u1', label: 'a@x.test', workspaceId: 'ws', role: 'agent' });
      expect(expiresAt.getTime() - NOW.getTime()).toBe(2_000);
      await expect(new AccessTokens(SECRET, () => new Date(sessionEndsAt(expiresAt))).verify(token)).resolves.toBeNull();
    });
  });

  describe('when a token was made any other way', () => {
    it.each([
      ['alg none, unsigned', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`],
      ['alg none, signed anyway', forge({ alg: 'none', typ: 'JWT' }, claims)],
      ['HS512 while HS256 is pinned', forge({ alg: 'HS512', typ: 'JWT' }, claims, SECRET, 'sha512')],
      ['a wrong issuer', forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'someone-else' })],
      ['a wrong audience', forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: 'another-app' })],
      ['an expiry in the past', forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: NOW.getTime() / 1000 - ACCESS_TOKEN.clockToleranceSeconds })],
      ['no expiry', forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: undefined })],
      ['no issued-at', forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: undefined })],
      ['no subject', forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, sub: undefined })],
      ['another typ', forge({ alg: 'HS256', typ: 'at+jwt' }, claims)],
      ['an audience list without ours', forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: ['another-app'] })],
      ['another secret (forged signature)', forge({ alg: 'HS256', typ: 'JWT' }, claims, 'another-secret-that-is-long-enough-too')],
      ['an unknown role', forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, role: 'root' })],
      ['garbage', 'not.a.jwt'],
    ])('refuses %s', async (_name, token) => {
      await expect(tokens.verify(token)).resolves.toBeNull();
    });

    it('accepts the same claims signed properly (so the cases above fail for their one reason)', async () => {
      await expect(tokens.verify(forge({ alg: 'HS256', typ: 'JWT' }, claims))).resolves.toMatchObject({ userId: 'u1', role: 'admin' });
    });
  });
});
