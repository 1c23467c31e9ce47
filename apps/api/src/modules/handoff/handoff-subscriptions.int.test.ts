import type { Client } from 'graphql-ws';
import type { RunningApi } from '../../server';
import { required } from '../../testing/required';
import { collect, postGraphQL, produceUntil, startLiveApi, tempDir, wsClient } from '../../testing/live-api';

const POST = `mutation ($input: PostVisitorMessageInput!) {
  postVisitorMessage(input: $input) { handoff { handedOff ticket { id owner { id } } } }
}`;
type Posted = { postVisitorMessage: { handoff: { handedOff: boolean; ticket: { id: string; owner: { id: string } | null } | null } } };

const handOff = async (api: RunningApi, n: number) => {
  const res = await postGraphQL<Posted>(api, POST, { input: { channel: 'chat', text: `Can I talk to a human, please? (${n})` } });
  const ticket = res.data?.postVisitorMessage.handoff.ticket;
  if (!ticket) throw new Error(`No ticket: ${JSON.stringify(res)}`);
  return ticket;
};

// The server as `npm start` runs it (SQLite file, seeded demo workspace, default policy), over a
// real socket. PostgreSQL and the flow's details are covered by the in-process suites.
describe('live events over graphql-ws', () => {
  const dir = tempDir();
  let api: RunningApi;
  let client: Client;

  beforeAll(async () => {
    api = await startLiveApi({ SQLITE_PATH: `${dir.path}/one.sqlite` });
    client = wsClient(api);
  });

  afterAll(async () => {
    await client.dispose();
    await api.stop();
    dir.dispose();
  });

  describe('when a visitor message over HTTP hands off', () => {
    it('sends ticketCreated and conversationHandedOff to subscribers of that workspace only, with resolved relations', async () => {
      const created = collect<{ ticketCreated: { id: string; status: string; owner: { name: string } | null; createdAt: string } }>(
        client,
        'subscription { ticketCreated { id status owner { name } createdAt } }',
      );
      const handedOff = collect<{ conversationHandedOff: { ticket: { id: string }; conversation: { status: string } | null; mode: string } }>(
        client,
        'subscription { conversationHandedOff { mode ticket { id } conversation { status } } }',
      );
      const outsider = wsClient(api, 'another-workspace');
      const elsewhere = collect<unknown>(outsider, 'subscription { ticketCreated { id } }');
      let n = 0;

      const tickets = await produceUntil(() => handOff(api, n++), () => created.events.length > 0 && handedOff.events.length > 0);
      await outsider.dispose();

      const event = required(created.events[0]).ticketCreated;
      expect(tickets.map((t) => t.id)).toContain(event.id);
      expect(event).toMatchObject({ status: 'new', owner: { name: expect.any(String) } });
      expect(new Date(event.createdAt).toISOString()).toBe(event.createdAt);
      expect(handedOff.events[0]?.conversationHandedOff).toMatchObject({ mode: 'live', conversation: { status: 'assigned' } });
      expect([created.errors, handedOff.errors]).toEqual([[], []]);
      expect(elsewhere.events).toEqual([]);
      created.dispose();
      handedOff.dispose();
    });
  });

  describe('when a ticket is closed by hand', () => {
    it('sends ticketUpdated to a subscriber filtering on the closed status', async () => {
      const closed = collect<{ ticketUpdated: { id: string; status: string } }>(client, 'subscription { ticketUpdated(filter: { status: closed }) { id status } }');
      const ids: string[] = [];

      await produceUntil(
        async () => {
          const res = await postGraphQL<{ createTicket: { ticket: { id: string } } }>(api, 'mutation { createTicket(input: { subject: "Wrong size" }) { ticket { id } } }');
          const id = required(res.data, 'a created ticket').createTicket.ticket.id;
          ids.push(id);
          await postGraphQL(api, 'mutation ($id: ID!) { closeTicket(input: { ticketId: $id }) { ticket { id } } }', { id });
        },
        () => closed.events.length > 0,
      );

      expect(closed.events.map((e) => e.ticketUpdated.status)).toEqual(closed.events.map(() => 'closed'));
      expect(ids).toContain(closed.events[0]?.ticketUpdated.id);
      closed.dispose();
    });
  });

  describe('when a subscriber filters assignments by assignee', () => {
    it('receives only the tickets assigned to that person', async () => {
      const someone = await handOff(api, 1000);
      const ownerId = required(someone.owner, 'an owner').id;
      const mine = collect<{ ticketAssigned: { owner: { id: string } } }>(client, `subscription { ticketAssigned(filter: { assigneeId: "${ownerId}" }) { owner { id } } }`);
      const nobody = collect<{ ticketAssigned: unknown }>(client, 'subscription { ticketAssigned(filter: { assigneeId: "no-such-person" }) { id } }');
      let n = 2000;

      await produceUntil(() => handOff(api, n++), () => mine.events.length > 0);

      expect(mine.events.every((e) => e.ticketAssigned.owner.id === ownerId)).toBe(true);
      expect(nobody.events).toEqual([]);
      mine.dispose();
      nobody.dispose();
    });
  });
});
