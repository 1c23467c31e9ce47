import type { RequestHandler } from 'express';
import type { IncomingMessage } from 'node:http';
import type { Authenticator } from './authenticator';
import { credentialFromHeaders } from './credentials';
import type { Principal } from './principal';

/**
 * Authenticates each HTTP request once, before the rate limiter, so the limiter can charge the
 * principal's own budget and the GraphQL context reuses the same answer. A JWT costs an HMAC; an
 * API key one indexed lookup, cached (ApiKeysService). Requests with no or bad credentials are
 * charged to their address by the limiter and refused later by resolvePrincipal.
 */
export function createRequestAuthentication(authenticator: Pick<Authenticator, 'authenticate'>) {
  const pending = new WeakMap<IncomingMessage, Promise<Principal | null>>();
  const settled = new WeakMap<IncomingMessage, Principal | null>();
  const authenticate = (request: IncomingMessage): Promise<Principal | null> => {
    let result = pending.get(request);
    if (!result) {
      const credential = credentialFromHeaders(request.headers);
      result = credential ? authenticator.authenticate(credential) : Promise.resolve(null);
      pending.set(request, result);
      void result.then((principal) => settled.set(request, principal), () => undefined);
    }
    return result;
  };
  // A failed lookup (database down) is not this middleware's to answer: the request goes on to be
  // limited by address, and the GraphQL context meets the same failure and answers it coded.
  const middleware: RequestHandler = (req, _res, next) => {
    authenticate(req).then(
      () => next(),
      () => next(),
    );
  };
  return {
    /** The principal the request's credentials prove (null: none, or they prove nothing); computed once. */
    authenticate,
    middleware,
    /** What `middleware` found for a request; null before it ran or when nothing was proven. */
    principalOf: (request: IncomingMessage): Principal | null => settled.get(request) ?? null,
  };
}
