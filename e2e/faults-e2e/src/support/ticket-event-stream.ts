import { demoAdminToken } from '@handoff/process-harness';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** One event of `ticketEvents`, as a client records it. */
export interface ReceivedEvent {
  readonly cursor: string;
  readonly kind: string;
  readonly subject: string;
}

/**
 * A client of `ticketEvents` that remembers what it received, and can reconnect to any instance
 * resuming after its last cursor: what a real client does when its instance dies.
 */
export class TicketEventStream {
  readonly received: ReceivedEvent[] = [];
  private client: Client | null = null;

  async connect(baseUrl: string): Promise<void> {
    const token = await demoAdminToken(baseUrl);
    const last = this.received.at(-1)?.cursor;
    this.client = createClient({
      url: `${baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    const subscribed = new Promise<void>((resolve) => this.client?.on('connected', () => resolve()));
    this.client.subscribe<{ ticketEvents: { cursor: string; kind: string; ticket: { subject: string } } }>(
      {
        query: 'subscription ($after: String) { ticketEvents(after: $after, kinds: [created]) { cursor kind ticket { subject } } }',
        variables: { after: last ?? null },
      },
      {
        next: ({ data }) => {
          if (data) this.received.push({ cursor: data.ticketEvents.cursor, kind: data.ticketEvents.kind, subject: data.ticketEvents.ticket.subject });
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await subscribed;
    // The subscribe message follows the ack on the same socket; give the server a moment to register it.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  async close(): Promise<void> {
    await this.client?.dispose();
    this.client = null;
  }

  /** Waits until `count` events arrived (or fails with what did). */
  async waitFor(count: number, timeoutMs = 20_000): Promise<ReceivedEvent[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    return this.received;
  }
}
