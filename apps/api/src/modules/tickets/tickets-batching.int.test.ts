import { createTestApi, type TestApi } from '../../testing/test-api';
import { required } from '../../testing/required';
import { describeEachDatabase } from '../../testing/test-databases';
import { removePolicy } from '../../testing/handoff-fixtures';

// Three levels and every relation a ticket list can ask for.
const DEEP = `query ($first: Int!) {
  tickets(first: $first) {
    edges { node {
      id
      owner { name teams { name members { name } } openTickets }
      team { name members { name } }
      conversation { status messages { text } assignee { name } }
      assignments { method user { name } team { name } }
    } }
  }
}`;

describeEachDatabase('a deep ticket query', (engine) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi(engine);
    await removePolicy(api.db.dataSource);
    for (let i = 0; i < 30; i++) {
      const res = await api.execute(`mutation ($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { handoff { handedOff } } }`, {
        input: { channel: 'chat', text: `Can I talk to a human, please? (${i})` },
      });
      expect(res.data).toEqual({ postVisitorMessage: { handoff: { handedOff: true } } });
    }
  });

  afterAll(async () => {
    await api.dispose();
  });

  const countStatements = async (first: number): Promise<{ statements: number; tickets: number }> => {
    const spy = jest.spyOn(api.db.dataSource.logger, 'logQuery');
    try {
      const res = await api.execute<{ tickets: { edges: unknown[] } }>(DEEP, { first });
      expect(res.errors).toBeUndefined();
      return { statements: spy.mock.calls.length, tickets: required(res.data).tickets.edges.length };
    } finally {
      spy.mockRestore();
    }
  };

  // Capacity runs out after 19 handoffs, so the 11 newest tickets are unassigned: both pages
  // below hold owners, teams and conversations, and differ only in how many of each.
  describe('when listing 30 tickets instead of 20', () => {
    // The bound holds for any page size (N+1 would need 30+ statements here). Not an exact count:
    // on PostgreSQL, results arrive at different ticks, so a loader used at two depths (members of
    // a ticket's team, members of its owner's teams) sometimes batches once and sometimes twice.
    it('runs at most one SQL statement per relation and level, whatever the page size (no N+1)', async () => {
      const fewer = await countStatements(20);
      const more = await countStatements(30);

      expect([fewer.tickets, more.tickets]).toEqual([20, 30]);
      expect(fewer.statements).toBeLessThanOrEqual(13);
      expect(more.statements).toBeLessThanOrEqual(13);
    });
  });
});
