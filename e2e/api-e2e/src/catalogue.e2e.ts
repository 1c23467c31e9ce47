import { demoAdminToken, type ServerProcess, startApiProcess } from '@handoff/process-harness';

describe('the built API', () => {
  let api: ServerProcess;

  beforeAll(async () => {
    api = await startApiProcess();
  });

  afterAll(async () => {
    await api.stop();
  });

  describe('when a client asks for the rule vocabulary over HTTP', () => {
    it('answers with the domain field catalogue', async () => {
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await demoAdminToken(api.baseUrl)}` },
        body: JSON.stringify({ query: '{ fieldCatalogue { id type } }' }),
      });
      const body = (await response.json()) as { data: { fieldCatalogue: { id: string; type: string }[] } };
      expect(response.status).toBe(200);
      expect(body.data.fieldCatalogue).toContainEqual({ id: 'conversation.channel', type: 'enum' });
    });
  });

  describe('when a new user opens the demo workspace', () => {
    it('already has tickets in several statuses, from the seeded demo conversations', async () => {
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await demoAdminToken(api.baseUrl)}` },
        body: JSON.stringify({ query: '{ tickets(first: 100) { edges { node { status team { name } } } } }' }),
      });
      const body = (await response.json()) as { data: { tickets: { edges: { node: { status: string; team: { name: string } | null } }[] } } };
      const tickets = body.data.tickets.edges.map((e) => e.node);

      expect(tickets.length).toBeGreaterThanOrEqual(5);
      expect(new Set(tickets.map((t) => t.status)).size).toBeGreaterThanOrEqual(4);
      expect(tickets.map((t) => t.team?.name)).toContain('Finnish speakers');
    });
  });
});
