import { PRIORITIES } from '@handoff/domain';
import { GraphQLEnumType } from 'graphql';
import { createSchema } from '../schema';

describe('graphqlEnum', () => {
  describe('when the schema is built', () => {
    it('exposes exactly the domain vocabulary as enum values', async () => {
      const schema = await createSchema();

      const priority = schema.getType('TicketPriority');

      expect(priority).toBeInstanceOf(GraphQLEnumType);
      expect((priority as GraphQLEnumType).getValues().map((v) => v.value)).toEqual([...PRIORITIES]);
    });

    it('types the policy with enums rather than free strings', async () => {
      const schema = await createSchema();

      const fields = (schema.getType('HandoffPolicy') as unknown as { getFields(): Record<string, { type: { toString(): string } }> }).getFields();

      expect(String(fields['process']?.type)).toBe('HandoffProcess!');
      expect(String(fields['unassignedBehaviour']?.type)).toBe('UnassignedBehaviour!');
    });
  });
});
