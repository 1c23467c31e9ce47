import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import { createRateLimiter, principalKeyOf, rateLimitMiddleware, type RateLimiter } from './rate-limit';

const redisUrl = process.env['REDIS_URL'] ?? (process.env['CI'] ? undefined : 'redis://127.0.0.1:6379');
const config = { points: 3, durationSeconds: 60, trustedProxyHops: 0 };

const spend = async (limiter: RateLimiter, key: string, times: number) => {
  const decisions = [];
  for (let i = 0; i < times; i++) decisions.push(await limiter.consume(key));
  return decisions.map((d) => d.allowed);
};

describe('createRateLimiter', () => {
  describe('without Redis', () => {
    it('allows `points` requests per principal, then tells when to retry', async () => {
      const limiter = createRateLimiter(config, null, `test:${randomUUID()}`);

      const mine = await spend(limiter, 'ip:1.1.1.1', 4);
      const refused = await limiter.consume('ip:1.1.1.1');
      const someoneElse = await limiter.consume('ip:2.2.2.2');

      expect(mine).toEqual([true, true, true, false]);
      expect(refused).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
      expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.allowed === false && refused.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(someoneElse.allowed).toBe(true);
    });

    it('never refuses when RATE_LIMIT_POINTS is 0', async () => {
      const limiter = createRateLimiter({ ...config, points: 0 }, null);

      expect(await spend(limiter, 'ip:1.1.1.1', 50)).not.toContain(false);
    });
  });

  (redisUrl ? describe : describe.skip)('with Redis shared by two instances', () => {
    it('spends one budget per principal across both', async () => {
      const prefix = `test:${randomUUID()}`;
      const a = createRateLimiter(config, redisUrl ?? null, prefix);
      const b = createRateLimiter(config, redisUrl ?? null, prefix);
      // The first commands may fall back to memory while the connections open.
      await new Promise((resolve) => setTimeout(resolve, 300));

      try {
        const onA = await spend(a, 'ip:9.9.9.9', 2);
        const onB = await spend(b, 'ip:9.9.9.9', 2);

        expect([...onA, ...onB]).toEqual([true, true, true, false]);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });

  describe('when Redis cannot be reached', () => {
    it('answers at once from this instance’s own budget', async () => {
      const limiter = createRateLimiter(config, 'redis://127.0.0.1:1', `test:${randomUUID()}`);
      const startedAt = Date.now();

      try {
        expect(await spend(limiter, 'ip:1.1.1.1', 4)).toEqual([true, true, true, false]);
        expect(Date.now() - startedAt).toBeLessThan(1_000);
      } finally {
        await limiter.close();
      }
    });
  });
});

describe('rateLimitMiddleware', () => {
  describe('when the principal is over budget', () => {
    it('answers 429 with Retry-After and a GraphQL-shaped RATE_LIMITED error, and stops there', async () => {
      const limiter: RateLimiter = { consume: async () => ({ allowed: false, retryAfterSeconds: 12 }), close: async () => undefined };
      const sent: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
      const res = {
        status: (code: number) => ((sent.status = code), res),
        set: (name: string, value: string) => ((sent.headers[name] = value), res),
        json: (body: unknown) => void (sent.body = body),
      };
      const next = jest.fn();

      await rateLimitMiddleware(limiter, () => 'ip:1.1.1.1')({} as Request, res as unknown as Response, next);

      expect(next).not.toHaveBeenCalled();
      expect(sent).toEqual({
        status: 429,
        headers: { 'Retry-After': '12' },
        body: { errors: [{ message: expect.stringContaining('12 s'), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 12, requestId: expect.any(String) } }] },
      });
    });
  });
});

describe('principalKeyOf', () => {
  const request = (peer: string, forwardedFor?: string) =>
    ({ socket: { remoteAddress: peer }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

  it.each([
    ['the peer, when no proxy is trusted', request('203.0.113.7', '198.51.100.1'), 0, 'ip:203.0.113.7'],
    ['the address the trusted proxy saw', request('10.0.0.2', '198.51.100.1'), 1, 'ip:198.51.100.1'],
    ['never an address the client wrote in front of it', request('10.0.0.2', '6.6.6.6, 198.51.100.1'), 1, 'ip:198.51.100.1'],
    ['the furthest address when fewer proxies answered than trusted', request('10.0.0.2', '198.51.100.1'), 3, 'ip:198.51.100.1'],
    ['an IPv4 peer on a dual-stack socket as plain IPv4', request('::ffff:127.0.0.1'), 0, 'ip:127.0.0.1'],
  ])('keys a request by %s', (_name, req, hops, key) => {
    expect(principalKeyOf(req, hops)).toBe(key);
  });
});
