import type { RequestHandler } from 'express';
import { Redis } from 'ioredis';
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimited } from '../graphql/limits/limit-errors';
import { readInteger } from '../graphql/limits/read-env';
import { requestIdOf } from './request-id';

type Env = Readonly<Record<string, string | undefined>>;

/** Each principal may make `points` requests per `durationSeconds`; points 0 turns limiting off. */
export interface RateLimitConfig {
  readonly points: number;
  readonly durationSeconds: number;
  /** Reverse proxies in front of the API that append to X-Forwarded-For; 0 trusts the header not at all. */
  readonly trustedProxyHops: number;
}

/** 600 requests a minute: an admin screen's burst of queries many times over, a flood not at all. */
export const DEFAULT_RATE_LIMIT: RateLimitConfig = { points: 600, durationSeconds: 60, trustedProxyHops: 0 };

/** Reads RATE_LIMIT_POINTS, RATE_LIMIT_DURATION_SECONDS and TRUST_PROXY_HOPS. */
export function readRateLimitConfig(env: Env, problems: string[]): RateLimitConfig {
  return {
    points: readInteger(env, 'RATE_LIMIT_POINTS', DEFAULT_RATE_LIMIT.points, problems, 0),
    durationSeconds: readInteger(env, 'RATE_LIMIT_DURATION_SECONDS', DEFAULT_RATE_LIMIT.durationSeconds, problems, 1),
    trustedProxyHops: readInteger(env, 'TRUST_PROXY_HOPS', DEFAULT_RATE_LIMIT.trustedProxyHops, problems, 0, 10),
  };
}

/** Whether one more request fits the principal's budget, and if not, when it will. */
export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** A per-principal request budget. */
export interface RateLimiter {
  consume(key: string): Promise<RateDecision>;
  close(): Promise<void>;
}

/**
 * With Redis, one budget shared by every instance (a principal cannot multiply it by spreading
 * requests over instances); while Redis is unreachable each instance falls back to its own memory
 * budget rather than failing requests or letting everything through.
 */
export function createRateLimiter(config: RateLimitConfig, redisUrl: string | null, keyPrefix = 'handoff:rate'): RateLimiter {
  if (config.points === 0) return { consume: async () => ({ allowed: true }), close: async () => undefined };
  const options = { points: config.points, duration: config.durationSeconds, keyPrefix };
  const memory = new RateLimiterMemory(options);
  if (!redisUrl) return budget(memory, async () => undefined);
  // No offline queue: while Redis is away a consume fails at once and the memory budget answers.
  const client = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // Reconnection is ioredis's own job; without a listener every failed attempt is printed as unhandled.
  client.on('error', () => undefined);
  const shared = new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: memory, rejectIfRedisNotReady: true });
  return budget(shared, async () => void client.disconnect());
}

function budget(limiter: RateLimiterAbstract, close: () => Promise<void>): RateLimiter {
  return {
    close,
    consume: async (key) => {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
    },
  };
}

/** Over budget: 429 with Retry-After and a GraphQL-shaped body, before the body is even read. */
export function rateLimitMiddleware(limiter: RateLimiter, keyOf: (request: IncomingMessage) => string): RequestHandler {
  return async (req, res, next) => {
    const decision = await limiter.consume(keyOf(req));
    if (decision.allowed) return next();
    const error = rateLimited(decision.retryAfterSeconds).toJSON();
    res
      .status(429)
      .set('Retry-After', String(decision.retryAfterSeconds))
      .json({ errors: [{ ...error, extensions: { ...error.extensions, requestId: requestIdOf(req) } }] });
  };
}

/** What the limiter needs of an authenticated principal (modules/identity's Principal fits). */
export type RateLimitedPrincipal =
  | { readonly kind: 'apiKey'; readonly apiKeyId: string; readonly workspaceId: string }
  | { readonly kind: 'session'; readonly userId: string; readonly workspaceId: string };

/**
 * Who a request counts against. An authenticated principal has its own budget (its API key, or
 * the person in their workspace), wherever its requests come from, so integrators behind one NAT
 * do not starve each other. Without one (no or bad credentials, or before a socket has
 * authenticated) the client's address: the socket's peer, or with `trustedProxyHops` proxies in
 * front, the address the outermost trusted proxy saw. A header the client merely sends never picks
 * the bucket: only credentials that verified do.
 */
export function principalKeyOf(request: IncomingMessage, trustedProxyHops = 0, principal?: RateLimitedPrincipal | null): string {
  if (principal) return principal.kind === 'apiKey' ? `key:${principal.workspaceId}:${principal.apiKeyId}` : `user:${principal.workspaceId}:${principal.userId}`;
  const peer = request.socket.remoteAddress ?? 'unknown';
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
    .reverse();
  const chain = [peer, ...forwarded];
  const address = chain[Math.min(trustedProxyHops, chain.length - 1)] ?? peer;
  return `ip:${address.replace(/^::ffff:/, '')}`;
}
