import { parse } from 'cookie';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** The cookie that carries a browser's refresh token. */
export const REFRESH_COOKIE_NAME = 'handoff_refresh';

/**
 * Sent with requests to the GraphQL endpoint only (HTTP, and the WebSocket upgrade, which ignores
 * it): never to the admin app's pages or /graphiql, whose scripts could not read it anyway.
 */
export const REFRESH_COOKIE_PATH = '/graphql';

/** One HTTP request's refresh-token cookie: what came in, and what the response sets. */
export interface RefreshCookieJar {
  /** The refresh token the browser sent; null when none, or when the browser says a foreign site sent the request. */
  read(): string | null;
  /** Sets the cookie to the new refresh token for as long as the token lives. */
  write(refreshToken: string, lifetimeMs: number): void;
  /** Tells the browser to drop the cookie. */
  clear(): void;
}

/**
 * The refresh token in an httpOnly cookie, out of reach of any script on the page (an XSS bug,
 * a compromised dependency). Cross-site request forgery is stopped three times over:
 * - SameSite=Strict: browsers send the cookie only with requests a page of this site started;
 * - Apollo's CSRF prevention: a request a foreign form or `<img>` could make (a "simple" request:
 *   no JSON content type, no `apollo-require-preflight` header) is refused before it executes, and
 *   anything else needs a CORS preflight, which this API never grants;
 * - fetch metadata: a request the browser labels `Sec-Fetch-Site: cross-site` or `same-site` (a
 *   sibling subdomain) is treated as if it carried no cookie.
 * Secure when the request came over TLS, directly or (TRUST_PROXY_HOPS) through trusted proxies.
 */
export function refreshCookieJar(req: Request, res: Response, trustedProxyHops: number): RefreshCookieJar {
  const attributes = { httpOnly: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH, secure: isHttps(req, trustedProxyHops) } as const;
  return {
    read: () => {
      if (!fromThisOrigin(req)) return null;
      const header = req.headers.cookie;
      return (header && parse(header)[REFRESH_COOKIE_NAME]) || null;
    },
    write: (refreshToken, lifetimeMs) => void res.cookie(REFRESH_COOKIE_NAME, refreshToken, { ...attributes, maxAge: lifetimeMs }),
    clear: () => void res.clearCookie(REFRESH_COOKIE_NAME, attributes),
  };
}

/** Whether the request reached the outermost trusted hop over TLS (`X-Forwarded-Proto`, read like X-Forwarded-For). */
export function isHttps(request: IncomingMessage, trustedProxyHops: number): boolean {
  const own = (request.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http';
  const forwarded = String(request.headers['x-forwarded-proto'] ?? '')
    .split(',')
    .map((hop) => hop.trim().toLowerCase())
    .filter(Boolean)
    .reverse();
  const chain = [own, ...forwarded];
  return chain[Math.min(trustedProxyHops, chain.length - 1)] === 'https';
}

// Older browsers send no fetch metadata; SameSite and Apollo's CSRF prevention cover them.
function fromThisOrigin(request: IncomingMessage): boolean {
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
