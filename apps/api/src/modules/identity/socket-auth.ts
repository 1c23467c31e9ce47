import type { Context } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { sessionEndsAt } from './access-token';
import type { Authenticator } from './authenticator';
import { credentialFromConnectionParams } from './credentials';
import type { Principal } from './principal';

/** Close codes a client can act on: sign in again (4401), or the key is gone (4403). */
export const SOCKET_CLOSE = { unauthorized: 4401, revoked: 4403 } as const;

/** How often a socket opened with an API key checks the key is still live (revocation takes effect within this). */
export const API_KEY_RECHECK_MS = 60_000;

// setTimeout's ceiling (~24.8 days); longer delays would fire at once.
const MAX_TIMER_MS = 2_147_483_647;

type SocketContext = Context<Record<string, unknown> | undefined, { socket: WebSocket; request: IncomingMessage }>;

/**
 * graphql-ws hooks: authenticate `connectionParams.authorization` at connection_init (no or bad
 * credentials close the socket with 4401), then watch the socket: it closes when its token
 * expires, or when its API key is found revoked (checked every API_KEY_RECHECK_MS).
 */
export function createSocketAuth(deps: {
  authenticator: Authenticator;
  now: () => number;
  /** The principal of a socket without credentials (AUTH_REQUIRED=false only), else null. */
  anonymous: () => Promise<Principal | null>;
  recheckMs?: number;
}) {
  const principals = new WeakMap<WebSocket, Principal>();
  // By the upgrade request too: the rate limiter sees only that (graphql-ws's ctx.extra.request).
  const byRequest = new WeakMap<IncomingMessage, Principal>();
  const watch = (socket: WebSocket, principal: Principal): void => {
    const close = (code: number, reason: string) => () => socket.close(code, reason);
    const timers: NodeJS.Timeout[] = [];
    if (principal.kind === 'session') {
      timers.push(setTimeout(close(SOCKET_CLOSE.unauthorized, 'Token expired'), Math.min(MAX_TIMER_MS, Math.max(0, sessionEndsAt(principal.expiresAt) - deps.now()))));
    } else {
      const recheck = async (): Promise<void> => {
        if (!(await deps.authenticator.isStillValid(principal).catch(() => true))) close(SOCKET_CLOSE.revoked, 'API key revoked')();
      };
      timers.push(setInterval(() => void recheck(), deps.recheckMs ?? API_KEY_RECHECK_MS));
    }
    socket.once('close', () => timers.forEach((t) => clearTimeout(t)));
  };
  return {
    onConnect: async (ctx: SocketContext): Promise<boolean> => {
      const credential = credentialFromConnectionParams(ctx.connectionParams);
      const principal = credential ? await deps.authenticator.authenticate(credential) : await deps.anonymous();
      const { socket } = ctx.extra;
      if (!principal) {
        socket.close(SOCKET_CLOSE.unauthorized, 'Unauthorized');
        return false;
      }
      // The workspace comes from the credentials; naming another one is refused, never trusted.
      const requested = ctx.connectionParams?.['workspaceId'];
      if (typeof requested === 'string' && requested.trim() !== '' && requested.trim() !== principal.workspaceId) {
        socket.close(SOCKET_CLOSE.revoked, 'Forbidden workspace');
        return false;
      }
      principals.set(socket, principal);
      byRequest.set(ctx.extra.request, principal);
      watch(socket, principal);
      return true;
    },
    principalOf: (ctx: SocketContext): Principal | null => principals.get(ctx.extra.socket) ?? null,
    /** The principal a socket's upgrade request authenticated as, once connection_init succeeded. */
    principalOfRequest: (request: IncomingMessage): Principal | null => byRequest.get(request) ?? null,
  };
}
