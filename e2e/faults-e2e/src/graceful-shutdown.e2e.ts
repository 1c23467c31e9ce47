import { demoAdminToken, startApiProcess, type ServerProcess } from '@handoff/process-harness';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

// Deep enough that a few dozen of them keep the server busy for a moment.
const DEEP = '{ tickets(first: 100) { edges { node { id owner { name teams { name members { name } } } team { name members { name } } } } } }';

/**
 * SIGTERM: the API reports not-ready for SHUTDOWN_DELAY_MS while still serving (so a load balancer
 * moves traffic away), then closes its listener, finishes what it has, closes sockets cleanly and
 * exits 0.
 */
describe('an API instance sent SIGTERM while busy', () => {
  let api: ServerProcess;
  afterAll(async () => api?.stop());

  it('completes every request it accepted, closes subscription sockets cleanly and exits 0', async () => {
    api = await startApiProcess({ SEED_DEMO: 'true', SHUTDOWN_DELAY_MS: '1500' });
    const token = await demoAdminToken(api.baseUrl);
    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: api.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${token}` },
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.subscribe({ query: 'subscription { ticketCreated { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    // One connection per request (no keep-alive), so "accepted" means this request was read:
    // a kept-alive idle connection may rightly be closed under a request the server never saw.
    const post = async () => {
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' },
        body: JSON.stringify({ query: DEEP }),
      });
      return { status: response.status, body: (await response.json()) as { errors?: unknown } };
    };
    const requests = Array.from({ length: 40 }, () =>
      post().then(
        (response) => ({ kind: 'answered' as const, response }),
        (error: unknown) => ({ kind: 'failed' as const, cause: String((error as { cause?: unknown }).cause ?? error) }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const exited = api.terminate('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const readiness = await fetch(`${api.baseUrl}/ready`);
    const outcomes = await Promise.all(requests);
    const exitCode = await exited;

    expect(exitCode).toBe(0);
    expect(readiness.status).toBe(503);
    expect(((await readiness.json()) as { failed: string[] }).failed).toEqual(['accepting work']);
    // Every request sent before SIGTERM was served in full: none refused, none cut off.
    expect(outcomes.map((o) => (o.kind === 'answered' ? o.response.status : o.cause))).toEqual(Array.from({ length: 40 }, () => 200));
    for (const outcome of outcomes) if (outcome.kind === 'answered') expect(outcome.response.body.errors).toBeUndefined();
    expect([1000, 1001]).toContain(await closed);
  });
});
