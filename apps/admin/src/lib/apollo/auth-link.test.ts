import { ApolloLink, type ApolloClient } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { parse } from 'graphql';
import { firstValueFrom, lastValueFrom, Observable, toArray } from 'rxjs';
import { SessionApiError } from '../auth/session-api';
import { createSessionStore } from '../auth/session-store';
import { fakeSessionApi, memorySessionMarker } from '../../testing/fake-session-api';
import { createAuthLink, RETRY_BUDGET_RESET_MS } from './auth-link';
import { SocketClosedError } from './socket-link';

type Reply = 'ok' | 'http401' | 'unauthenticatedResult' | 'socket4401' | 'socket4403';

/** The API's side of the link: answers each attempt with the next scripted reply and records the Authorization header sent. */
function fakeApi(replies: Reply[]) {
  const seen: (string | undefined)[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        seen.push((operation.getContext()['headers'] as Record<string, string> | undefined)?.['authorization']);
        const reply = replies.shift() ?? 'ok';
        queueMicrotask(() => {
          if (reply === 'ok') return observer.next({ data: { ok: true } }), observer.complete();
          if (reply === 'unauthenticatedResult') return observer.next({ data: null, errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] }), observer.complete();
          if (reply === 'http401') return observer.error(new ServerError('Response not successful: Received status code 401', { response: { status: 401 } as Response, bodyText: '' }));
          observer.error(new SocketClosedError(reply === 'socket4401' ? 4401 : 4403, 'closed'));
        });
      }),
  );
  return { link, seen };
}

async function signedInSession() {
  const server = fakeSessionApi();
  const session = createSessionStore({ api: server.api, marker: memorySessionMarker().marker, lock: (task) => task() });
  await session.signIn('aino@example.com', 'right-password');
  return { session, server };
}

function run(link: ApolloLink) {
  const request = { query: parse('query Probe { ok }') };
  return ApolloLink.execute(link, request, { client: {} as ApolloClient });
}

describe('createAuthLink', () => {
  describe('when the session has a token', () => {
    it('sends it as Authorization: Bearer', async () => {
      const { session } = await signedInSession();
      const api = fakeApi(['ok']);
      await firstValueFrom(run(ApolloLink.from([createAuthLink(session), api.link])));
      expect(api.seen).toEqual([`Bearer ${await session.accessToken()}`]);
    });
  });

  describe.each<[string, Reply]>([
    ['HTTP 401', 'http401'],
    ['an UNAUTHENTICATED result', 'unauthenticatedResult'],
    ['a 4401 socket close', 'socket4401'],
  ])('when the API answers %s', (_name, refusal) => {
    it('refreshes once and retries with the new token', async () => {
      const { session, server } = await signedInSession();
      const before = await session.accessToken();
      const api = fakeApi([refusal, 'ok']);

      const results = await lastValueFrom(run(ApolloLink.from([createAuthLink(session), api.link])).pipe(toArray()));

      expect(results).toEqual([{ data: { ok: true } }]);
      expect(server.api.refresh).toHaveBeenCalledTimes(1);
      expect(api.seen).toHaveLength(2);
      expect(api.seen[0]).toBe(`Bearer ${before}`);
      expect(api.seen[1]).toBe(`Bearer ${await session.accessToken()}`);
      expect(api.seen[1]).not.toBe(api.seen[0]);
    });
  });

  describe('when many operations are refused at once', () => {
    it('refreshes the session once for all of them', async () => {
      const { session, server } = await signedInSession();
      const api = fakeApi(['http401', 'http401', 'http401', 'ok', 'ok', 'ok']);
      const link = ApolloLink.from([createAuthLink(session), api.link]);

      await Promise.all([1, 2, 3].map(() => firstValueFrom(run(link))));

      expect(server.api.refresh).toHaveBeenCalledTimes(1);
      expect(new Set(api.seen.slice(3)).size).toBe(1);
    });
  });

  describe('when the retry is refused too', () => {
    it('gives up after one retry, passes the error on and ends the session', async () => {
      const { session, server } = await signedInSession();
      const api = fakeApi(['http401', 'http401']);

      await expect(firstValueFrom(run(ApolloLink.from([createAuthLink(session), api.link])))).rejects.toBeInstanceOf(ServerError);

      expect(server.api.refresh).toHaveBeenCalledTimes(1);
      expect(api.seen).toHaveLength(2);
      expect(session.current()).toEqual({ status: 'signedOut', reason: 'expired' });
    });
  });

  describe('when a retried subscription runs for a while and its token expires again', () => {
    it('refreshes and resubscribes again', async () => {
      const { session, server } = await signedInSession();
      // Each reading of this clock is half a minute after the last: every attempt "ran for a while".
      let now = 0;
      const api = fakeApi(['socket4401', 'socket4401', 'ok']);
      const link = ApolloLink.from([createAuthLink(session, () => (now += RETRY_BUDGET_RESET_MS)), api.link]);

      await expect(firstValueFrom(run(link))).resolves.toEqual({ data: { ok: true } });
      expect(server.api.refresh).toHaveBeenCalledTimes(2);
      expect(session.current().status).toBe('signedIn');
    });
  });

  describe('when the refresh token is no longer good', () => {
    it('passes the original error on and the session ends (the app shows sign-in)', async () => {
      const { session, server } = await signedInSession();
      server.api.refresh.mockRejectedValueOnce(new SessionApiError('invalidCredentials', 'Wrong email or password.'));
      const api = fakeApi(['http401']);

      await expect(firstValueFrom(run(ApolloLink.from([createAuthLink(session), api.link])))).rejects.toBeInstanceOf(ServerError);

      expect(api.seen).toHaveLength(1);
      expect(session.current()).toEqual({ status: 'signedOut', reason: 'expired' });
    });
  });

  describe('when the socket is closed as revoked (4403)', () => {
    it('ends the session without retrying', async () => {
      const { session, server } = await signedInSession();
      const api = fakeApi(['socket4403']);

      await expect(firstValueFrom(run(ApolloLink.from([createAuthLink(session), api.link])))).rejects.toBeInstanceOf(SocketClosedError);

      expect(server.api.refresh).not.toHaveBeenCalled();
      expect(session.current()).toEqual({ status: 'signedOut', reason: 'expired' });
    });
  });
});
