import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { Observable } from 'rxjs';
import type { SessionTokens } from '../auth/session-state';
import { SocketClosedError } from './socket-link';

/** graphql-ws close codes the API uses: the token expired or is bad; the session or key was revoked. */
export const SOCKET_UNAUTHORIZED = 4401;
export const SOCKET_FORBIDDEN = 4403;

/**
 * A retried operation that then ran this long, or delivered a result, may be retried again:
 * a subscription lives for hours and its token expires every 15 minutes.
 */
export const RETRY_BUDGET_RESET_MS = 30_000;

const hasUnauthenticatedCode = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
  Boolean(errors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED'));

/** The API did not accept the credentials: HTTP 401, a 4401 socket close, or an UNAUTHENTICATED error. */
export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  if (error instanceof SocketClosedError) return error.code === SOCKET_UNAUTHORIZED;
  return CombinedGraphQLErrors.is(error) && hasUnauthenticatedCode(error.errors);
}

/**
 * Sends `Authorization: Bearer <access token>` with every operation (the socket sends it in its
 * connectionParams instead). When the API answers "unauthenticated", refreshes the session (one
 * refresh for all the operations that failed together) and tries once more; if the refresh fails
 * the session ends and the app goes to sign-in. A 4403 close means the session was revoked.
 */
export function createAuthLink(session: SessionTokens, now: () => number = Date.now): ApolloLink {
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let stopped = false;
        let current: { unsubscribe: () => void } | undefined;

        const attempt = async (isRetry: boolean): Promise<void> => {
          const token = await session.accessToken();
          if (stopped) return;
          operation.setContext(({ headers }: { headers?: Record<string, string> }) => {
            const { authorization: _stale, ...rest } = headers ?? {};
            return { headers: token ? { ...rest, authorization: `Bearer ${token}` } : rest };
          });
          const startedAt = now();
          let delivered = false;
          let abandoned = false;
          const onUnauthenticated = (giveUp: () => void) => {
            abandoned = true;
            current?.unsubscribe();
            if (isRetry && !delivered && now() - startedAt < RETRY_BUDGET_RESET_MS) {
              // Even a fresh token was refused: this session cannot work any more.
              session.expire();
              return giveUp();
            }
            void session
              .refresh()
              .catch(() => null)
              .then((fresh) => {
                if (stopped) return;
                if (fresh) void attempt(true).catch((error: unknown) => observer.error(error));
                else giveUp();
              });
          };
          current = forward(operation).subscribe({
            next: (result) => {
              if (abandoned) return;
              if (!('data' in result && result.data) && 'errors' in result && hasUnauthenticatedCode(result.errors)) {
                return onUnauthenticated(() => (observer.next(result), observer.complete()));
              }
              delivered = true;
              observer.next(result);
            },
            error: (error: unknown) => {
              if (abandoned) return;
              if (isUnauthenticated(error)) return onUnauthenticated(() => observer.error(error));
              if (error instanceof SocketClosedError && error.code === SOCKET_FORBIDDEN) session.expire();
              observer.error(error);
            },
            complete: () => {
              if (!abandoned) observer.complete();
            },
          });
          if (abandoned) current.unsubscribe();
        };

        attempt(false).catch((error: unknown) => observer.error(error));
        return () => {
          stopped = true;
          current?.unsubscribe();
        };
      }),
  );
}
