import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { execute, type ExecutionArgs, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Context } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { createSchema } from '../schema';
import * as docs from '../testing/limit-documents';
import { createFormatError } from './format-error';
import { createLimits } from './limits';
import { DEFAULT_LIMITS, type LimitsConfig } from './limits/limits-config';

// Reading anything from the context means execution started: the auth checker or a resolver ran.
// The read then fails, so the operation ends at once instead of working on a context it lacks.
function watchedContext() {
  const reads: string[] = [];
  const watcher = new Proxy(
    {},
    {
      get: (_target, key) => {
        if (typeof key === 'symbol') return undefined;
        reads.push(key);
        throw new Error(`execution read context.${key}`);
      },
    },
  );
  // Apollo copies the context per request (own properties and prototype): the watcher must be the prototype.
  return { context: Object.create(watcher) as object, started: () => reads.length > 0 };
}

interface Outcome {
  readonly errors: readonly GraphQLFormattedError[];
  readonly started: boolean;
}

/** Both transports of one configuration, in process: Apollo as server.ts builds it, and graphql-ws's hooks. */
async function transports(schema: GraphQLSchema, config: LimitsConfig = DEFAULT_LIMITS) {
  const limits = createLimits(config, schema);
  const formatError = limits.formatError(createFormatError(() => undefined));
  const apollo = new ApolloServer({ schema, ...limits.apolloOptions, formatError, plugins: [ApolloServerPluginCacheControlDisabled(), ...limits.apolloPlugins] });
  await apollo.start();
  const ws = limits.wsHooks({ formatError, consume: async () => ({ allowed: true }), principalKeyOf: () => 'ip:test' });
  const socket = { subscriptions: { op: null }, extra: {} } as unknown as Context<Record<string, unknown>, Extra>;
  return {
    async http(query: string, variables?: Record<string, unknown>): Promise<Outcome> {
      const watched = watchedContext();
      const response = await apollo.executeOperation({ query, ...(variables ? { variables } : {}) }, { contextValue: watched.context });
      if (response.body.kind !== 'single') throw new Error('single result expected');
      return { errors: response.body.singleResult.errors ?? [], started: watched.started() };
    },
    async ws(query: string, variables?: Record<string, unknown>): Promise<Outcome> {
      const subscribed = await ws.onSubscribe(socket, 'op', { query, ...(variables ? { variables } : {}) });
      if (Array.isArray(subscribed)) return { errors: (await ws.onError(socket, 'op', { query }, subscribed)) ?? [], started: false };
      const watched = watchedContext();
      const result = await execute({ ...(subscribed as ExecutionArgs), contextValue: watched.context });
      const formatted = (await ws.onNext(socket, 'op', { query }, subscribed as ExecutionArgs, result)) ?? result;
      return { errors: formatted.errors ?? [], started: watched.started() };
    },
    stop: () => apollo.stop(),
  };
}

describe('createLimits', () => {
  let schema: GraphQLSchema;
  let both: Awaited<ReturnType<typeof transports>>;

  beforeAll(async () => {
    schema = await createSchema();
    both = await transports(schema);
  });

  afterAll(async () => {
    await both.stop();
  });

  const overCaps: [string, string, Record<string, unknown> | undefined, string][] = [
    ...docs.STYLES.map((s): [string, string, undefined, string] => [`depth ${docs.CAPS.depth + 1}, ${s}`, docs.deepQuery(docs.CAPS.depth + 1, s), undefined, 'depth']),
    ...docs.STYLES.map((s): [string, string, undefined, string] => [`${docs.CAPS.aliases + 1} aliases, ${s}`, docs.aliasedQuery(docs.CAPS.aliases + 1, s), undefined, 'aliases']),
    ['aliases split over two spreads of one fragment', docs.repeatedSpreadAliases(8, 2), undefined, 'aliases'],
    ['500 aliased __typename', `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ')} }`, undefined, 'aliases'],
    ...docs.STYLES.map((s): [string, string, undefined, string] => [`${docs.CAPS.directives + 1} directives, ${s}`, docs.directivesQuery(docs.CAPS.directives + 1, s), undefined, 'directives']),
    ...docs.STYLES.map((s): [string, string, undefined, string] => [`two full pages, ${s}`, docs.costlyQuery(s), undefined, 'cost']),
    ['two full pages sized by a variable', docs.costlyByVariables, { n: 100 }, 'cost'],
    ['eight pages left at their default size', docs.costlyByDefaults, undefined, 'cost'],
    [`${docs.CAPS.tokens + 1} tokens`, docs.tokensMutation(docs.CAPS.tokens + 1), undefined, 'tokens'],
  ];

  describe.each(['http', 'ws'] as const)('over %s', (transport) => {
    describe('when a document is over a cap', () => {
      it.each(overCaps)('refuses %s with QUERY_TOO_COMPLEX before execution', async (_name, query, variables, limit) => {
        const outcome = await both[transport](query, variables);

        expect(outcome.errors).toHaveLength(1);
        expect(outcome.errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, requestId: expect.any(String) });
        expect(outcome.started).toBe(false);
      });
    });

    describe('when a document is exactly at a cap', () => {
      // Every row has its variables, even undefined: a shorter row would make jest pass `done` there.
      it.each<[string, string, Record<string, unknown> | undefined]>([
        ...docs.STYLES.map((s): [string, string, undefined] => [`depth ${docs.CAPS.depth}, ${s}`, docs.deepQuery(docs.CAPS.depth, s), undefined]),
        ...docs.STYLES.map((s): [string, string, undefined] => [`${docs.CAPS.aliases} aliases, ${s}`, docs.aliasedQuery(docs.CAPS.aliases, s), undefined]),
        ...docs.STYLES.map((s): [string, string, undefined] => [`${docs.CAPS.directives} directives, ${s}`, docs.directivesQuery(docs.CAPS.directives, s), undefined]),
        ['one full page of the benchmark query', docs.boardQuery(100), undefined],
        ['two small pages sized by a variable', docs.costlyByVariables, { n: 5 }],
        [`${docs.CAPS.tokens} tokens`, docs.tokensMutation(docs.CAPS.tokens), undefined],
      ])('lets %s through to execution', async (_name, query, variables) => {
        const outcome = await both[transport](query, variables);

        expect(outcome.errors.map((e) => e.extensions?.['code'])).not.toContain('QUERY_TOO_COMPLEX');
        expect(outcome.started).toBe(true);
      });
    });

    describe('when variables nest deeper than any input needs', () => {
      it('refuses them with BAD_USER_INPUT before execution', async () => {
        const deep = JSON.parse(`${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`) as Record<string, unknown>;

        const outcome = await both[transport]('mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }', { input: { subject: 'deep', custom: deep } });

        expect(outcome.errors.map((e) => [e.extensions?.['code'], e.message])).toEqual([['BAD_USER_INPUT', 'Variables may nest at most 64 levels deep']]);
        expect(outcome.started).toBe(false);
      });
    });

    describe('when variables carry thousands of unknown fields', () => {
      it('answers BAD_USER_INPUT for each problem graphql-js reports, each message short, before execution', async () => {
        const wide = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, 1]));

        const outcome = await both[transport]('mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }', { input: { subject: 'wide', ...wide } });

        expect(new Set(outcome.errors.map((e) => e.extensions?.['code']))).toEqual(new Set(['BAD_USER_INPUT']));
        expect(Math.max(...outcome.errors.map((e) => e.message.length))).toBeLessThanOrEqual(501);
        expect(outcome.started).toBe(false);
      });
    });

    describe('when fragments spread each other in a cycle', () => {
      it('refuses the document as invalid, at once', async () => {
        const startedAt = Date.now();
        const outcome = await both[transport](docs.fragmentCycle);

        expect(outcome.errors[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(outcome.errors[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
        expect(outcome.started).toBe(false);
        expect(Date.now() - startedAt).toBeLessThan(1_000);
      });
    });
  });

  describe('when a subscription is sent over HTTP', () => {
    it('refuses it with BAD_REQUEST: its events can only be delivered over graphql-ws', async () => {
      const outcome = await both.http('subscription { ticketCreated { id } }');

      expect(outcome.errors.map((e) => e.extensions?.['code'])).toEqual(['BAD_REQUEST']);
      expect(outcome.started).toBe(false);
    });
  });

  describe.each([
    [true, true],
    [false, false],
  ])('when FIELD_SUGGESTIONS is %p', (fieldSuggestions, shown) => {
    let configured: Awaited<ReturnType<typeof transports>>;

    beforeAll(async () => {
      configured = await transports(schema, { ...DEFAULT_LIMITS, fieldSuggestions });
    });

    afterAll(async () => {
      await configured.stop();
    });

    it.each([
      ['a misspelt field', '{ tickts(first: 1) { edges { cursor } } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
      ['a misspelt enum value in a variable', 'query ($s: TicketStatus) { tickets(first: 1, filter: { status: $s }) { edges { cursor } } }', { s: 'closd' }, 'BAD_USER_INPUT'],
    ])(`${shown ? 'keeps' : 'removes'} "Did you mean" for %s on both transports`, async (_name, query, variables, code) => {
      for (const transport of ['http', 'ws'] as const) {
        const outcome = await configured[transport](query, variables);

        expect(`${transport} ${outcome.errors[0]?.extensions?.['code']}`).toBe(`${transport} ${code}`);
        expect(`${transport}: ${outcome.errors[0]?.message}`).toMatch(shown ? /Did you mean/ : /^[^?]*$/);
        expect(outcome.started).toBe(false);
      }
    });
  });

  describe.each([true, false])('when INTROSPECTION is %p', (introspection) => {
    it(`${introspection ? 'answers' : 'refuses'} __schema on both transports`, async () => {
      const configured = await transports(schema, { ...DEFAULT_LIMITS, introspection });

      for (const transport of ['http', 'ws'] as const) {
        const outcome = await configured[transport]('{ __schema { queryType { name } } }');

        expect(`${transport} ${outcome.errors[0]?.extensions?.['code'] ?? 'answered'}`).toBe(`${transport} ${introspection ? 'answered' : 'GRAPHQL_VALIDATION_FAILED'}`);
      }
      await configured.stop();
    });
  });
});
