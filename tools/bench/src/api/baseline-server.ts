import { buildSchema, execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import { BaselineStore } from './baseline-store';

// The slice of our schema P6 reads, as SDL. Enums and DateTimeISO are plain strings on the wire.
const SDL = `
  type Query { tickets(first: Int = 20): TicketConnection! }
  type TicketConnection { edges: [TicketEdge!]! }
  type TicketEdge { node: Ticket! }
  type Ticket { id: ID! subject: String! status: String! priority: String! tags: [String!]! createdAt: String! owner: User team: Team }
  type User { id: ID! name: String! email: String! teams: [Team!]! }
  type Team { id: ID! name: String! members: [User!]! }
`;

/** A plain graphql-js server: hand-written root resolver, default field resolvers, node:http. */
export interface BaselineServer {
  readonly url: string;
  readonly store: BaselineStore;
  close(): Promise<void>;
}

/** Executes one GraphQL request body against the baseline; what the HTTP handler answers. */
export function createBaselineHandler(store: BaselineStore): (body: string) => Promise<string> {
  const schema: GraphQLSchema = buildSchema(SDL);
  const rootValue = { tickets: ({ first }: { first: number }) => ({ edges: store.tickets(first).map((node) => ({ node })) }) };
  // Parsing and validating once per distinct query text is what any production server does.
  const documents = new Map<string, DocumentNode>();
  return async (body) => {
    const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    let document = documents.get(query);
    if (!document) {
      document = parse(query);
      const errors = validate(schema, document);
      if (errors.length > 0) return JSON.stringify({ errors: errors.map((e) => ({ message: e.message })) });
      documents.set(query, document);
    }
    return JSON.stringify(await execute({ schema, document, rootValue, variableValues: variables ?? {} }));
  };
}

/** Serves the baseline at http://127.0.0.1:<port>/graphql, with /health like ours. */
export async function startBaselineServer(sqlitePath: string, port: number): Promise<BaselineServer> {
  const store = new BaselineStore(sqlitePath);
  const handle = createBaselineHandler(store);
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/health') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    if (req.method !== 'POST' || req.url !== '/graphql') return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      handle(Buffer.concat(chunks).toString('utf8')).then(
        (json) => res.writeHead(200, { 'content-type': 'application/json' }).end(json),
        (error: unknown) => res.writeHead(500).end(JSON.stringify({ errors: [{ message: String(error) }] })),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}/graphql`,
    store,
    close: () => new Promise((resolve) => server.close(() => (store.close(), resolve()))),
  };
}
