import { fakeJwt, FIFTEEN_MINUTES } from '../../testing/fake-session-api';
import { localExpiry, refreshDueAt, REFRESH_LEAD_MS } from './token-lifetime';

describe('localExpiry', () => {
  describe('when the token carries iat and exp', () => {
    it('counts its lifetime from receipt, whatever the server clock says', () => {
      const serverNow = Date.parse('2026-03-02T09:00:00Z');
      const browserNow = serverNow - 7 * 60_000; // this machine's clock is seven minutes behind
      const token = fakeJwt(serverNow, FIFTEEN_MINUTES);
      expect(localExpiry(token, new Date(serverNow + FIFTEEN_MINUTES).toISOString(), browserNow)).toBe(browserNow + FIFTEEN_MINUTES);
    });
  });

  describe('when the token is opaque', () => {
    it.each([['not-a-jwt'], ['a.%%%.c'], ['a.bnVsbA.c']])('falls back to expiresAt for %s', (token) => {
      expect(localExpiry(token, '2026-03-02T09:15:00Z', 0)).toBe(Date.parse('2026-03-02T09:15:00Z'));
    });
  });
});

describe('refreshDueAt', () => {
  it.each([
    ['a 15-minute token, a minute early', FIFTEEN_MINUTES, FIFTEEN_MINUTES - REFRESH_LEAD_MS],
    ['a 100-second token, a fifth early', 100_000, 80_000],
  ])('refreshes %s', (_name, lifetime, due) => {
    expect(refreshDueAt(0, lifetime)).toBe(due);
  });
});
