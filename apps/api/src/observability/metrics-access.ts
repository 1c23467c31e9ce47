import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { Router, type RequestHandler } from 'express';
import { metricsRegistry } from './metrics';

type Env = Readonly<Record<string, string | undefined>>;

/** Who may read /metrics: holders of METRICS_TOKEN, or without one, processes on this machine. */
export interface MetricsAccessConfig {
  /** The bearer token a scraper must send; null serves loopback clients only. */
  readonly token: string | null;
}

// A header value with room for a random secret: visible ASCII, no spaces, at least 16 characters.
const TOKEN_SHAPE = /^[\x21-\x7e]{16,}$/;

/** Reads METRICS_TOKEN. */
export function readMetricsAccessConfig(env: Env, problems: string[]): MetricsAccessConfig {
  const raw = env['METRICS_TOKEN'];
  if (raw === undefined || raw === '') return { token: null };
  if (!TOKEN_SHAPE.test(raw)) {
    problems.push('METRICS_TOKEN must be at least 16 visible ASCII characters, without spaces');
    return { token: null };
  }
  return { token: raw };
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** 127.0.0.0/8 or ::1, also as an IPv4-mapped IPv6 address; anything unparsable is not. */
export function isLoopbackAddress(address: string): boolean {
  const plain = address.trim().replace(/^::ffff:(?=\d+\.)/i, '');
  if (isIPv4(plain)) return loopback.check(plain, 'ipv4');
  return isIPv6(plain) && loopback.check(plain, 'ipv6');
}

/**
 * Whether the request came from this machine, and only from it. A proxy on this machine makes an
 * outside client's request arrive from 127.0.0.1, so the TCP peer alone proves nothing: every
 * address on the way must be loopback, X-Forwarded-For must hold exactly one entry per trusted
 * proxy (TRUST_PROXY_HOPS; none when 0), so a proxy that does not say who its client was is not
 * taken at its word, and a proxy header this check does not read (Forwarded, X-Real-IP) refuses.
 */
export function isLoopbackClient(request: IncomingMessage, trustedProxyHops: number): boolean {
  if (request.headers['forwarded'] !== undefined || request.headers['x-real-ip'] !== undefined) return false;
  const forwarded = request.headers['x-forwarded-for'];
  const hops = forwarded === undefined ? [] : String(forwarded).split(',');
  const chain = [request.socket.remoteAddress ?? '', ...hops];
  return chain.length === trustedProxyHops + 1 && chain.every(isLoopbackAddress);
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Whether `Authorization: Bearer <token>` carries the token; constant time whatever the input's length. */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer +(\S+) *$/i.exec(authorization ?? '')?.[1];
  // Hashing first gives equal lengths, so neither the length nor a common prefix shows in the timing.
  return timingSafeEqual(digest(presented ?? ''), digest(token)) && presented !== undefined;
}

/** Lets a request through to /metrics, or answers 401 (wrong or no token) or 403 (not loopback). */
export function metricsGuard(config: MetricsAccessConfig, trustedProxyHops: number): RequestHandler {
  return (req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    const { token } = config;
    if (token === null) {
      if (isLoopbackClient(req, trustedProxyHops)) return next();
      return void res.status(403).type('text/plain').send('/metrics answers clients on this machine only; set METRICS_TOKEN to scrape it from elsewhere.\n');
    }
    if (bearerMatches(req.headers.authorization, token)) return next();
    const error = req.headers.authorization === undefined ? '' : ', error="invalid_token"';
    res.status(401).set('WWW-Authenticate', `Bearer realm="metrics"${error}`).type('text/plain').send('/metrics needs Authorization: Bearer <METRICS_TOKEN>.\n');
  };
}

/**
 * `/metrics` in Prometheus text format, behind `metricsGuard`. It shows request rates, error
 * counts and outbox backlog: not secrets, but a map for an attacker, so never open to the world.
 */
export function metricsRouter(config: MetricsAccessConfig, trustedProxyHops: number): Router {
  const router = Router();
  router.get('/metrics', metricsGuard(config, trustedProxyHops), async (_req, res) => {
    res.setHeader('content-type', metricsRegistry.contentType);
    res.send(await metricsRegistry.metrics());
  });
  return router;
}
