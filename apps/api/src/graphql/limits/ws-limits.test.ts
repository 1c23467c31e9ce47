import { GraphQLError, buildSchema, type ExecutionArgs } from 'graphql';
import type { Context } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { createFormatError } from '../format-error';
import { DEFAULT_LIMITS } from './limits-config';
import { createOperationCheck } from './operation-checks';
import type { SocketRegistry } from './socket-registry';
import { createWsLimits, TOO_MANY_CLOSE_CODE, type ConsumeBudget, type WsLimitsInput } from './ws-limits';

const schema = buildSchema('type Query { ping: String }');
type SocketContext = Context<Record<string, unknown>, Extra>;

/** The hooks with small caps, everything allowed and principals named by a header, unless a test says otherwise. */
function hooks(consume: ConsumeBudget = async () => ({ allowed: true }), overrides: Partial<WsLimitsInput> = {}) {
  return createWsLimits({
    schema,
    config: { ...DEFAULT_LIMITS, maxSocketsPerPrincipal: 2, maxSubscriptionsPerSocket: 2 },
    validationRules: [],
    checkOperation: createOperationCheck(schema, DEFAULT_LIMITS.query),
    formatError: createFormatError(() => undefined),
    consume,
    principalKeyOf: (request) => String(request.headers['x-principal']),
    ...overrides,
  });
}

/** A socket of `principal` with `operations` running, and the close calls it received. */
function socket(principal: string, operations = 1): SocketContext & { closed: [number, string][] } {
  const closed: [number, string][] = [];
  const subscriptions = Object.fromEntries(Array.from({ length: operations }, (_, i) => [`op${i}`, null]));
  const extra = {
    request: { headers: { 'x-principal': principal } },
    socket: { OPEN: 1, readyState: 1, close: (code: number, reason: string) => void closed.push([code, reason]) },
  };
  return { connectionInitReceived: true, acknowledged: false, subscriptions, extra, closed } as unknown as SocketContext & { closed: [number, string][] };
}

describe('createWsLimits', () => {
  describe('when a principal opens more sockets than allowed', () => {
    it('closes the extra one with 4429 and accepts again once one has closed', async () => {
      const ws = hooks();
      const [a, b, c, d, other] = [socket('p'), socket('p'), socket('p'), socket('p'), socket('q')];

      const accepted = [await ws.onConnect(a), await ws.onConnect(b), await ws.onConnect(c), await ws.onConnect(other)];
      await ws.onClose(a, 1000, '');
      const afterClose = await ws.onConnect(d);

      expect(accepted).toEqual([true, true, false, true]);
      expect(c.closed).toEqual([[TOO_MANY_CLOSE_CODE, 'Too many connections']]);
      expect(afterClose).toBe(true);
    });
  });

  describe('when sockets authenticate as different principals from one address', () => {
    it('counts each principal’s sockets apart, and no refused socket', async () => {
      const ws = hooks(undefined, {
        config: { ...DEFAULT_LIMITS, maxSocketsPerPrincipal: 1 },
        // As identity does: the request is keyed by the principal its credentials proved, once they have.
        principalKeyOf: (request) => String((request as { principal?: string }).principal ?? 'ip:10.0.0.1'),
        authenticate: (ctx) => {
          const user = ctx.connectionParams?.['user'];
          if (typeof user !== 'string') return false;
          Object.assign(ctx.extra.request, { principal: `user:${user}` });
          return true;
        },
      });
      const as = (user?: string) => Object.assign(socket('ip:10.0.0.1'), { connectionParams: user ? { user } : {} });

      const answers = [await ws.onConnect(as()), await ws.onConnect(as('aino')), await ws.onConnect(as('mikko')), await ws.onConnect(as('aino'))];

      expect(answers).toEqual([false, true, true, false]);
    });
  });

  describe('when a socket closes while its credentials are being checked', () => {
    it('is not counted, so it cannot hold a place after it is gone', async () => {
      let finishCheck: (ok: boolean) => void = () => undefined;
      let checks = 0;
      const ws = hooks(undefined, {
        config: { ...DEFAULT_LIMITS, maxSocketsPerPrincipal: 1 },
        principalKeyOf: () => 'user:aino',
        // The first check waits for the test; later ones pass at once.
        authenticate: () => (checks++ === 0 ? new Promise<boolean>((resolve) => (finishCheck = resolve)) : true),
      });
      const gone = socket('p');

      const connecting = ws.onConnect(gone);
      await new Promise((resolve) => setImmediate(resolve));
      Object.assign(gone.extra.socket, { readyState: 3 });
      await ws.onClose(gone, 1006, '');
      finishCheck(true);
      const after = await Promise.all([connecting, ws.onConnect(socket('p'))]);

      expect(after).toEqual([false, true]);
    });
  });

  describe('when sockets count in a registry shared with other instances', () => {
    /** A registry that answers as the test says and records what it was asked. */
    function sharedRegistry(answer: () => Promise<boolean>) {
      const calls: [string, string, string, number?][] = [];
      const registry: SocketRegistry = {
        acquire: async (principal, socketId, cap) => (calls.push(['acquire', principal, socketId, cap]), answer()),
        release: (principal, socketId) => void calls.push(['release', principal, socketId]),
        close: async () => undefined,
      };
      const ws = hooks(undefined, { config: { ...DEFAULT_LIMITS, maxSocketsPerPrincipal: 3 }, sockets: registry });
      return { ws, calls };
    }

    it('asks it with the cap, closes with 4429 when it says the principal is full, and gives back the slot of a closed socket', async () => {
      let full = false;
      const { ws, calls } = sharedRegistry(async () => !full);
      const [a, b] = [socket('p'), socket('p')];

      const accepted = await ws.onConnect(a);
      full = true;
      const refused = await ws.onConnect(b);
      await ws.onClose(a, 1000, '');
      await ws.onClose(b, 4429, '');

      const [first, second] = calls.map(([, , socketId]) => socketId);
      expect([accepted, refused]).toEqual([true, false]);
      expect(b.closed).toEqual([[TOO_MANY_CLOSE_CODE, 'Too many connections']]);
      expect(first).not.toBe(second);
      expect(calls).toEqual([['acquire', 'p', first, 3], ['acquire', 'p', second, 3], ['release', 'p', first]]);
    });

    it('gives the slot back at once when the socket closed while the slot was being taken', async () => {
      let grant: (taken: boolean) => void = () => undefined;
      const { ws, calls } = sharedRegistry(() => new Promise<boolean>((resolve) => (grant = resolve)));
      const gone = socket('p');

      const connecting = ws.onConnect(gone);
      await new Promise((resolve) => setImmediate(resolve));
      Object.assign(gone.extra.socket, { readyState: 3 });
      await ws.onClose(gone, 1006, '');
      grant(true);

      const taken = calls[0]?.[2];
      expect(await connecting).toBe(false);
      expect(calls).toEqual([['acquire', 'p', taken, 3], ['release', 'p', taken]]);
    });
  });

  describe('when the principal is over its request budget', () => {
    const spent: ConsumeBudget = async () => ({ allowed: false, retryAfterSeconds: 7 });

    it('refuses connection_init with 4429', async () => {
      const s = socket('p');

      expect(await hooks(spent).onConnect(s)).toBe(false);
      expect(s.closed).toEqual([[TOO_MANY_CLOSE_CODE, 'Too many requests']]);
    });

    it('refuses a subscribe message with RATE_LIMITED and when to retry', async () => {
      const refused = (await hooks(spent).onSubscribe(socket('p'), 'op0', { query: '{ ping }' })) as GraphQLError[];

      expect(refused.map((e) => e.extensions)).toEqual([{ code: 'RATE_LIMITED', retryAfterSeconds: 7 }]);
    });
  });

  describe('when a socket already runs as many operations as allowed', () => {
    it('refuses one more with TOO_MANY_SUBSCRIPTIONS and accepts up to the cap', async () => {
      const ws = hooks();

      const atCap = await ws.onSubscribe(socket('p', 2), 'op1', { query: '{ ping }' });
      const over = (await ws.onSubscribe(socket('p', 3), 'op2', { query: '{ ping }' })) as GraphQLError[];

      expect((atCap as ExecutionArgs).document).toBeDefined();
      expect(over.map((e) => e.extensions)).toEqual([{ code: 'TOO_MANY_SUBSCRIPTIONS', max: 2 }]);
    });
  });

  describe('when an operation fails inside the server', () => {
    const leak = new GraphQLError('relation "tickets" does not exist', {
      originalError: Object.assign(new Error('SELECT * FROM "tickets" failed'), { stack: 'at /srv/app/dist/tickets.repository.js:12:3' }),
    });

    it.each([
      ['an error event (onError)', (ws: ReturnType<typeof hooks>) => ws.onError(socket('p'), 'op0', { query: '{ ping }' }, [leak])],
      ['a result with errors (onNext)', async (ws: ReturnType<typeof hooks>) => (await ws.onNext(socket('p'), 'op0', { query: '{ ping }' }, {} as ExecutionArgs, { data: null, errors: [leak] }))?.errors],
    ])('sends only a code and a request id in %s', async (_name, send) => {
      const errors = await send(hooks());

      expect(errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } }]);
      expect(JSON.stringify(errors)).not.toMatch(/SELECT|tickets|\/srv\//);
    });
  });
});
