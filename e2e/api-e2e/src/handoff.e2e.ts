import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { demoAdminToken, postGraphQL, type ServerProcess, startApiProcess } from '@handoff/process-harness';

interface Posted {
  postVisitorMessage: {
    conversation: { id: string; status: string };
    handoff: { handedOff: boolean; reason: string; messageText: string | null; firedTriggers: { triggerId: string | null }[]; ticket: { id: string; subject: string; team: { name: string } | null } | null };
  };
}

const POST_MESSAGE = `mutation Post($input: PostVisitorMessageInput!) {
  postVisitorMessage(input: $input) {
    conversation { id status }
    handoff { handedOff reason messageText firedTriggers { triggerId } ticket { id subject team { name } } }
  }
}`;

/** Fails after `ms` instead of waiting for the test timeout, and leaves no timer behind. */
async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('the built API handing a visitor off', () => {
  let api: ServerProcess;

  beforeAll(async () => {
    api = await startApiProcess();
  });

  afterAll(async () => {
    await api.stop();
  });

  describe('when a Finnish visitor asks to cancel over HTTP', () => {
    it('hands off on the "peruutus" trigger and routes the ticket to the Finnish speakers', async () => {
      const { status, body } = await postGraphQL<Posted>(api.baseUrl, POST_MESSAGE, {
        input: { channel: 'chat', language: 'fi', text: 'Haluan peruutuksen' },
      });

      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const posted = body.data?.postVisitorMessage;
      if (!posted) throw new Error(`no data: ${JSON.stringify(body)}`);
      const { handoff, conversation } = posted;
      expect(handoff.handedOff).toBe(true);
      expect(handoff.firedTriggers.map((t) => t.triggerId)).toContain('fi-peruutus');
      expect(handoff.ticket?.team?.name).toBe('Finnish speakers');
      expect(handoff.messageText).toEqual(expect.any(String));
      expect(conversation.status).not.toBe('bot');
    });
  });

  describe('when a graphql-ws client subscribes to ticketCreated over a real socket', () => {
    let client: Client;

    beforeAll(() => {
      client = createClient({
        url: api.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: async () => ({ authorization: `Bearer ${await demoAdminToken(api.baseUrl)}` }),
      });
    });

    afterAll(async () => {
      await client.dispose();
    });

    it('receives the ticket a message posted over HTTP creates', async () => {
      const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
      const received = new Promise<{ id: string; subject: string }>((resolve, reject) => {
        const unsubscribe = client.subscribe<{ ticketCreated: { id: string; subject: string } }>(
          { query: 'subscription { ticketCreated { id subject } }' },
          {
            next: (result) => {
              if (result.data) {
                unsubscribe();
                resolve(result.data.ticketCreated);
              } else reject(new Error(JSON.stringify(result.errors)));
            },
            error: reject,
            complete: () => undefined,
          },
        );
      });
      // Subscribed once the server acknowledges the connection; a short grace covers the subscribe frame.
      await connected;
      await new Promise((r) => setTimeout(r, 200));

      const { body } = await postGraphQL<Posted>(api.baseUrl, POST_MESSAGE, {
        input: { channel: 'email', language: 'en', text: 'I want a refund for order 1234', contact: { email: 'visitor@example.com' } },
      });

      expect(body.errors).toBeUndefined();
      const ticket = await within(10_000, received, 'no ticketCreated event');
      expect(body.data?.postVisitorMessage.handoff.ticket?.id).toEqual(expect.any(String));
      expect(ticket.id).toBe(body.data?.postVisitorMessage.handoff.ticket?.id);
    });
  });
});
