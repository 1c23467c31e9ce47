import type { Client } from 'graphql-ws';
import type { RunningApi } from '../../server';
import { collect, postGraphQL, produceUntil, startLiveApi, tempDir, until, wsClient, type Collected } from '../../testing/live-api';

const CREATE = 'mutation ($subject: String!) { createTicket(input: { subject: $subject }) { ticket { id } } }';
const TICKET_EVENTS = 'subscription ($after: String) { ticketEvents(kinds: [created], after: $after) { cursor kind ticket { subject } } }';
const HANDED_OFF = 'subscription ($after: String) { conversationHandedOff(after: $after) { cursor ticket { id } } }';
const POST = 'mutation ($text: String!) { postVisitorMessage(input: { channel: chat, text: $text }) { handoff { ticket { id } } } }';

type TicketEvent = { ticketEvents: { cursor: string; kind: string; ticket: { subject: string } } };
type HandedOff = { conversationHandedOff: { cursor: string; ticket: { id: string } } };
type Posted = { postVisitorMessage: { handoff: { ticket: { id: string } | null } } };
const subscribe = <T>(client: Client, query: string, variables: Record<string, unknown>): Collected<T> => collect<T>(client, query, variables);


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The server as `npm start` runs it, one instance, over a real socket.
describe('resuming subscriptions over graphql-ws', () => {
  const dir = tempDir();
  let api: RunningApi;
  let client: Client;
  const created: string[] = [];
  const create = async (subject: string) => {
    const res = await postGraphQL(api, CREATE, { subject });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    created.push(subject);
  };

  beforeAll(async () => {
    api = await startLiveApi({ SQLITE_PATH: `${dir.path}/resume.sqlite` });
    client = wsClient(api);
  });

  afterAll(async () => {
    await client.dispose();
    await api.stop();
    dir.dispose();
  });

  describe('when a client misses events while disconnected and resubscribes with its last cursor', () => {
    it('receives every missed event in commit order, then live ones, none twice', async () => {
      const first = subscribe<TicketEvent>(client, TICKET_EVENTS, {});
      let n = 0;
      await produceUntil(() => create(`before ${n++}`), () => first.events.length > 0);
      const last = first.events[first.events.length - 1]?.ticketEvents;
      first.dispose();
      await sleep(100);
      for (const subject of ['missed 1', 'missed 2', 'missed 3']) await create(subject);

      const resumed = subscribe<TicketEvent>(client, TICKET_EVENTS, { after: last?.cursor });
      const expected = created.slice(created.indexOf(last?.ticket.subject ?? '') + 1);
      await until(() => resumed.events.length >= expected.length);
      await create('live');
      await until(() => resumed.events.some((e) => e.ticketEvents.ticket.subject === 'live'));
      await sleep(200);
      resumed.dispose();

      expect(resumed.errors).toEqual([]);
      expect(resumed.events.map((e) => e.ticketEvents.ticket.subject)).toEqual([...expected, 'live']);
      expect(expected.slice(-3)).toEqual(['missed 1', 'missed 2', 'missed 3']);
      expect(new Set(resumed.events.map((e) => e.ticketEvents.cursor)).size).toBe(resumed.events.length);
    });
  });

  describe('when a handoff subscriber resumes', () => {
    it('receives the handoffs it missed, in order', async () => {
      const tickets: string[] = [];
      const handOff = async (text: string) => {
        const res = await postGraphQL<Posted>(api, POST, { text });
        tickets.push(res.data?.postVisitorMessage.handoff.ticket?.id ?? 'no ticket');
      };
      const first = subscribe<HandedOff>(client, HANDED_OFF, {});
      let n = 0;
      await produceUntil(() => handOff(`Can I talk to a human? (${n++})`), () => first.events.length > 0);
      const last = first.events[first.events.length - 1]?.conversationHandedOff;
      first.dispose();
      await sleep(100);
      await handOff('Can I talk to a human, please? (missed)');

      const resumed = subscribe<HandedOff>(client, HANDED_OFF, { after: last?.cursor });
      const expected = tickets.slice(tickets.indexOf(last?.ticket.id ?? '') + 1);
      await until(() => resumed.events.length >= expected.length);
      await sleep(200);
      resumed.dispose();

      expect(expected.length).toBeGreaterThan(0);
      expect(resumed.events.map((e) => e.conversationHandedOff.ticket.id)).toEqual(expected);
    });
  });

  describe.each([
    ['is not a cursor', 'garbage', 'BAD_USER_INPUT'],
    ['is older than the replay window', Buffer.from('1|2000-01-01T00:00:00.000Z').toString('base64url'), 'CURSOR_EXPIRED'],
  ])('when `after` %s', (_name, after, code) => {
    it(`answers ${code} for that subscription only`, async () => {
      const refused = subscribe<TicketEvent>(client, TICKET_EVENTS, { after });

      await until(() => refused.errors.length > 0);

      expect(refused.errors[0]).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code }) })]);
      refused.dispose();
    });
  });
});
