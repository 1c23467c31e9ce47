import { ApolloServer } from '@apollo/server';
import { createSchema } from '../../schema';

async function run(query: string): Promise<Record<string, unknown>> {
  const server = new ApolloServer({ schema: await createSchema() });
  // The catalogue needs no database, only a principal: any role may read it.
  const principal = { kind: 'session', label: 'agent@x.test', userId: 'u1', workspaceId: 'ws', role: 'agent', expiresAt: new Date(Date.now() + 60_000) };
  const contextValue = { principal, services: { identity: { authenticator: { isStillValid: async () => true } } } };
  const response = await server.executeOperation({ query }, { contextValue });
  await server.stop();
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return response.body.singleResult.data as Record<string, unknown>;
}

describe('CatalogueResolver', () => {
  describe('when asked for the field catalogue', () => {
    it('returns the domain fields with the operators their type allows', async () => {
      const data = await run('{ fieldCatalogue { id type options operators } }');
      const fields = data['fieldCatalogue'] as { id: string; type: string; options: string[] | null; operators: string[] }[];
      const priority = fields.find((f) => f.id === 'ticket.priority');
      expect(priority).toEqual({
        id: 'ticket.priority',
        type: 'enum',
        options: ['low', 'normal', 'high', 'urgent'],
        operators: ['equals', 'notEquals', 'in', 'notIn', 'isSet', 'isNotSet'],
      });
      expect(fields.find((f) => f.id === 'ticket.tags')?.operators).toContain('hasAllOf');
    });

    it('says where a value picker finds suggestions', async () => {
      const data = await run('{ fieldCatalogue { id valueSource custom } }');
      const fields = data['fieldCatalogue'] as { id: string; valueSource: string | null; custom: boolean }[];
      expect(fields.find((f) => f.id === 'ticket.tags')).toEqual({ id: 'ticket.tags', valueSource: 'tags', custom: false });
      expect(fields.find((f) => f.id === 'ticket.subject')?.valueSource).toBeNull();
    });
  });

  describe('when asked for the operators', () => {
    it('returns each with its value shape', async () => {
      const data = await run('{ operators { id valueShape text } }');
      expect(data['operators']).toContainEqual({ id: 'between', valueShape: 'range', text: false });
    });
  });
});
