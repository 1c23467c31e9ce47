import type { RequestHandler } from 'express';
import { requestIdOf } from '../http/request-id';
import type { Logger } from './logger';
import { httpRequestDuration, httpRequests } from './metrics';

// Bounded label values: anything else (admin app files, unknown paths, WebDAV or made-up
// methods, which Node's parser accepts) counts as "other", so no client can add a series.
const ROUTES = new Set(['/graphql', '/graphiql', '/health', '/ready', '/metrics']);
const METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);

/**
 * One access-log line and the HTTP metrics per request, with the request's id; the id also goes
 * back in `x-request-id`, so a client can quote it even for a response without a GraphQL body.
 * Logs the path, never the query string.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdOf(req);
    const started = process.hrtime.bigint();
    // Read now: routers mounted on a path rewrite req.url while they handle it.
    const { method, path } = req;
    const route = ROUTES.has(path) ? path : 'other';
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const labels = { method: METHODS.has(method) ? method : 'other', route, status: String(res.statusCode) };
      httpRequests.inc(labels);
      httpRequestDuration.observe(labels, seconds);
      logger.info({ requestId, method, path, status: res.statusCode, durationMs: Math.round(seconds * 1e4) / 10 }, 'request');
    });
    next();
  };
}
