import { GraphQLError } from 'graphql';
import { toUserType } from '../people/people.mapper';
import { unauthenticated } from './auth-errors';
import type { SessionPayload } from './dtos/session.type';
import type { RefreshCookieJar } from './refresh-cookie';
import type { TokenDelivery } from './refresh-token-delivery';
import { REFRESH_TOKEN_TTL_MS, type SessionFailure, type SessionTokens } from './sessions.service';

type SessionResult = { ok: true; value: SessionTokens } | { ok: false; error: SessionFailure };

/**
 * Where a sign-in's refresh token goes: where it was asked to, else the transport's own place (a
 * cookie over HTTP; the body over graphql-ws, which has no response to set a cookie on). Decided
 * before anything is checked or stored, so a wrong choice stores no token nobody can receive.
 */
export function chooseDelivery(asked: TokenDelivery | null | undefined, cookie: RefreshCookieJar | null): TokenDelivery {
  if (asked === 'cookie' && !cookie) {
    throw new GraphQLError('refreshTokenDelivery: cookie needs an HTTP request (graphql-ws carries no cookies); ask for responseBody', {
      extensions: { code: 'BAD_USER_INPUT', path: 'input.refreshTokenDelivery' },
    });
  }
  return asked ?? (cookie ? 'cookie' : 'responseBody');
}

/** The payload of a sign-in or refresh, with the refresh token where it was meant to go: in the cookie (and null in the body) or in the body. */
export function deliverSession(result: SessionResult, delivery: TokenDelivery, cookie: RefreshCookieJar | null): SessionPayload {
  if (!result.ok) {
    if (result.error === 'chooseWorkspace') {
      throw new GraphQLError('This email belongs to several workspaces: name one', { extensions: { code: 'BAD_USER_INPUT', path: 'input.workspaceId' } });
    }
    throw unauthenticated('Wrong email or password, or an expired session');
  }
  const { accessToken, refreshToken, expiresAt, user } = result.value;
  if (delivery === 'cookie') cookie?.write(refreshToken, REFRESH_TOKEN_TTL_MS);
  return { accessToken, refreshToken: delivery === 'cookie' ? null : refreshToken, expiresAt, user: toUserType(user) };
}

/** The refresh token a refreshSession or signOut acts on: the argument if given (body delivery), else the cookie's. */
export function presentedRefreshToken(argument: string | null | undefined, cookie: RefreshCookieJar | null): { token: string | null; delivery: TokenDelivery } {
  if (argument !== null && argument !== undefined) return { token: argument, delivery: 'responseBody' };
  return { token: cookie?.read() ?? null, delivery: 'cookie' };
}
