import { graphqlPost } from '@handoff/process-harness';

/** Creates tickets one after another (their commit order is their event order) and returns their subjects. */
export async function createTickets(baseUrl: string, prefix: string, count: number): Promise<string[]> {
  const subjects: string[] = [];
  for (let i = 1; i <= count; i++) {
    const subject = `${prefix} ${i}`;
    await graphqlPost(baseUrl, 'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }', { input: { subject } });
    subjects.push(subject);
  }
  return subjects;
}
