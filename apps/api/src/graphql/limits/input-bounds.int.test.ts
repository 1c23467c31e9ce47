import 'reflect-metadata';
import { RULE_LIMITS } from '@handoff/domain';
import { validate } from 'class-validator';
import { getNullableType, isInputObjectType, isListType, isObjectType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { TicketEventsArgs } from '../../modules/tickets/dtos/ticket-subscription.args';
import { createSchema } from '../../schema';
import { createTestApi, type TestApi } from '../../testing/test-api';
import { describeEachDatabase } from '../../testing/test-databases';

/** Every list an input can carry: `Input.field` for input fields, `Type.field(argument)` for arguments. */
function inputLists(schema: GraphQLSchema): string[] {
  const isList = (type: GraphQLInputType) => isListType(getNullableType(type));
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) if (isList(field.type)) found.push(`${type.name}.${field.name}`);
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) for (const arg of field.args) if (isList(arg.type)) found.push(`${type.name}.${field.name}(${arg.name})`);
  }
  return found.sort();
}

const many = (n: number, item: (i: number) => unknown) => Array.from({ length: n }, (_, i) => item(i));

// JSONObject inputs (ticket custom data, rule sets, policies, simulation facts) are bounded by the
// request size cap and by their own parsers (rule trees by RULE_LIMITS, custom data by its length).
describe('input bounds', () => {
  describe('when the schema is read', () => {
    it('has no list input besides the bounded ones below (a new one needs a bound and a case here)', async () => {
      const schema = await createSchema();

      expect(inputLists(schema)).toEqual(
        ['CreateTicketInput.tags', 'ReorderRulesInput.ruleIds', 'SimulateHandoffInput.signals', 'Subscription.ticketEvents(kinds)', 'UpdateTicketInput.tags', 'WorkingHoursInput.intervals'],
      );
    });
  });

  describe('when a subscription asks for more event kinds than exist (4)', () => {
    // Only a socket carries subscriptions; the bound is type-graphql's argument validation, which
    // the cases below prove is applied, so here it is enough that the bound is declared.
    it('fails the argument validation', async () => {
      const args = Object.assign(new TicketEventsArgs(), { kinds: many(5, () => 'created') });
      const kinds = (await validate(args)).find((e) => e.property === 'kinds');

      expect(Object.keys(kinds?.constraints ?? {})).toEqual(['arrayMaxSize']);
    });
  });

  describeEachDatabase('inputs one over their bound', (engine) => {
    let api: TestApi;
    let ticketId: string;
    let userId: string;

    beforeAll(async () => {
      api = await createTestApi(engine);
      const seeded = await api.execute<{ tickets: { edges: { node: { id: string } }[] }; users: { id: string }[] }>('{ tickets(first: 1) { edges { node { id } } } users { id } }');
      ticketId = seeded.data?.tickets.edges[0]?.node.id ?? '';
      userId = seeded.data?.users[0]?.id ?? '';
    });

    afterAll(async () => {
      await api.dispose();
    });

    it.each<[string, string, () => Record<string, unknown>, string]>([
      ['CreateTicketInput.tags (20)', 'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }', () => ({ input: { subject: 'Too many tags', tags: many(21, (i) => `t${i}`) } }), 'VALIDATION_FAILED'],
      ['UpdateTicketInput.tags (20)', 'mutation ($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }', () => ({ input: { ticketId, tags: many(21, (i) => `t${i}`) } }), 'VALIDATION_FAILED'],
      [
        `ReorderRulesInput.ruleIds (${RULE_LIMITS.maxRules})`,
        'mutation ($input: ReorderRulesInput!) { reorderRules(input: $input) { ruleSet { id } } }',
        () => ({ input: { ruleSetId: '00000000-0000-4000-8000-000000000000', expectedDraftVersion: 0, ruleIds: many(RULE_LIMITS.maxRules + 1, (i) => `r${i}`) } }),
        'BAD_USER_INPUT',
      ],
      ['SimulateHandoffInput.signals (3)', 'query ($input: SimulateHandoffInput!) { simulateHandoff(input: $input) { __typename } }', () => ({ input: { text: 'hi', channel: 'chat', signals: many(4, () => 'paused') } }), 'BAD_USER_INPUT'],
      [
        'WorkingHoursInput.intervals (100)',
        'mutation ($input: SetUserAvailabilityInput!) { setUserAvailability(input: $input) { user { id } } }',
        () => ({ input: { userId, workingHours: { timeZone: 'Europe/Helsinki', intervals: many(101, () => ({ day: 'mon', start: '08:00', end: '16:00' })) } } }),
        'BAD_USER_INPUT',
      ],
    ])('refuses %s with a coded error and changes nothing', async (_name, query, variables, code) => {
      const before = await api.execute('{ tickets(first: 100) { edges { node { id tags } } } users { id workingHours { intervals { day } } } }');

      const response = await api.execute(query, variables());

      expect(response.errors?.[0]?.extensions?.['code']).toBe(code);
      expect(await api.execute('{ tickets(first: 100) { edges { node { id tags } } } users { id workingHours { intervals { day } } } }')).toEqual(before);
    });

    it('pages every list with `first` at no more than 100', async () => {
      const schema = await createSchema();
      const paged = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((f) => f.args.some((a) => a.name === 'first'));

      const answers = await Promise.all(paged.map(async (f) => [f.name, (await api.execute(`{ ${f.name}(first: 101) { __typename } }`)).errors?.[0]?.extensions?.['code']]));

      expect(paged.map((f) => f.name)).toEqual(expect.arrayContaining(['auditLog', 'conversations', 'tickets']));
      expect(answers).toEqual(paged.map((f) => [f.name, 'BAD_USER_INPUT']));
    });
  });
});
