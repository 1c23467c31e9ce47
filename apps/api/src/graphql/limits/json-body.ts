import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { requestIdOf } from '../../http/request-id';
import { LIMIT_CODES } from './limit-errors';

/**
 * The GraphQL endpoint's body parsing: JSON up to `maxBytes`, and a body that is not JSON at all
 * (a text/plain "simple request") left for Apollo to refuse as a CSRF attempt instead of failing
 * with "req.body is not set".
 */
export function jsonBody(maxBytes: number): RequestHandler[] {
  return [
    express.json({ limit: maxBytes }),
    (req, _res, next) => {
      if (req.body === undefined) req.body = {};
      next();
    },
  ];
}

/**
 * Errors before Apollo answer as GraphQL-shaped JSON with a code and the request id, never
 * Express's HTML page (which carries the stack trace outside production): a body over the limit
 * is 413 PAYLOAD_TOO_LARGE, an unreadable one 400 BAD_REQUEST, anything else a masked 500.
 */
export function bodyErrors(maxBytes: number, log: (entry: { requestId: string; error: unknown }) => void): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const requestId = requestIdOf(req);
    const status = statusOf(error);
    const [code, message] =
      status === 413
        ? [LIMIT_CODES.payloadTooLarge, `The request body is larger than ${maxBytes} bytes`]
        : status >= 400 && status < 500
          ? ['BAD_REQUEST', 'The request body could not be read as JSON']
          : ['INTERNAL_SERVER_ERROR', 'Internal server error'];
    if (code === 'INTERNAL_SERVER_ERROR') log({ requestId, error });
    res.status(code === 'INTERNAL_SERVER_ERROR' ? 500 : status).json({ errors: [{ message, extensions: { code, requestId } }] });
  };
}

// body-parser's errors (http-errors) carry the HTTP status it chose, also for failures below it
// such as zlib's on a body that claims gzip but is not; anything without one is ours.
function statusOf(error: unknown): number {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}
