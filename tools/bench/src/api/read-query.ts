import { createSeededRandom } from '../lib/seeded-random';
import { graphqlPost } from '@handoff/process-harness';

/**
 * P6's query: tickets → owner → teams → members (three levels under a ticket), plus each
 * ticket's team. Policies are not reachable from a ticket in the schema, so the quality bar's
 * "→ policy" level is the owner's teams and their members instead.
 */
export const READ_QUERY = `query TicketBoard($first: Int!) {
  tickets(first: $first) {
    edges {
      node {
        id subject status priority tags createdAt
        owner { id name email teams { id name members { id name } } }
        team { id name }
      }
    }
  }
}`;

/** The HTTP body every contender is sent. */
export const readRequestBody = (first: number): string => JSON.stringify({ query: READ_QUERY, variables: { first } });

const CREATE_TICKET = `mutation Create($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`;
const PEOPLE = `{ users { id } teams { id } }`;

/**
 * Fills a fresh demo database with `count` tickets through our own API, so the rows are exactly
 * what the product writes. Owners and teams are picked by a seeded PRNG; some have neither.
 */
export async function seedTickets(baseUrl: string, count: number, seed = 6): Promise<void> {
  const random = createSeededRandom(seed);
  const people = await graphqlPost<{ users: { id: string }[]; teams: { id: string }[] }>(baseUrl, PEOPLE);
  const userIds = people.users.map((u) => u.id);
  const teamIds = people.teams.map((t) => t.id);
  for (let i = 0; i < count; i++) {
    const input = {
      subject: `Order ${1000 + i}: ${random.pick(['refund', 'delivery late', 'wrong size', 'warranty', 'invoice copy'])}`,
      priority: random.pick(['low', 'normal', 'high', 'urgent']),
      tags: random.sample(['vip', 'returns', 'shipping', 'billing', 'fi'], random.int(0, 2)),
      ...(random.chance(0.85) ? { ownerId: random.pick(userIds) } : {}),
      ...(random.chance(0.8) ? { teamId: random.pick(teamIds) } : {}),
    };
    await graphqlPost(baseUrl, CREATE_TICKET, { input });
  }
}
