import { createClient, type Client } from 'graphql-ws';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { socketConnectionParams } from '@handoff/process-harness';

/** Subscribers on one server, posts to another (or the same). */
export interface HandoffGroup {
  readonly name: string;
  readonly subscribeUrl: string;
  readonly postUrl: string;
  /** An integrator's API key on that database: subscribers connect with it, the poster posts with it. */
  readonly credential: string;
}

const SUBSCRIBE = 'subscription { ticketCreated { id } }';

/** One clock for sending and receiving: both happen in the client process. */
export const now = (): number => performance.now();

/** Who of a group's subscribers has heard of one ticket, and when. */
export interface Receipts {
  readonly seen: Uint8Array;
  readonly times: number[];
  duplicates: number;
  done?: () => void;
}

/** A group's graphql-ws clients, one socket and one `ticketCreated` subscription each. */
export class GroupClients {
  readonly receipts = new Map<string, Receipts>();
  readonly clients: Client[] = [];
  readonly warm: Uint8Array;
  warmCount = 0;
  connected = 0;

  constructor(readonly group: HandoffGroup, readonly size: number) {
    this.warm = new Uint8Array(size);
  }

  open(): void {
    for (let i = 0; i < this.size; i++) {
      const client = createClient({
        url: this.group.subscribeUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: socketConnectionParams(this.group.credential),
        on: { connected: () => void this.connected++ },
      });
      this.clients.push(client);
      client.subscribe<{ ticketCreated: { id: string } }>({ query: SUBSCRIBE }, {
        next: (result) => this.receive(i, result.data?.ticketCreated.id),
        error: (error) => console.error(`${this.group.name} subscriber ${i}:`, error),
        complete: () => undefined,
      });
    }
  }

  private receive(subscriber: number, ticketId: string | undefined): void {
    const at = now();
    if (!ticketId) return;
    if (!this.warm[subscriber]) {
      this.warm[subscriber] = 1;
      this.warmCount++;
    }
    const receipts = this.receiptsOf(ticketId);
    if (receipts.seen[subscriber]) return void receipts.duplicates++;
    receipts.seen[subscriber] = 1;
    receipts.times.push(at);
    if (receipts.times.length === this.size) receipts.done?.();
  }

  receiptsOf(ticketId: string): Receipts {
    let receipts = this.receipts.get(ticketId);
    if (!receipts) this.receipts.set(ticketId, (receipts = { seen: new Uint8Array(this.size), times: [], duplicates: 0 }));
    return receipts;
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.dispose()));
  }
}
