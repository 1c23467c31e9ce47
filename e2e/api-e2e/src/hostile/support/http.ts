import { demoAdminToken, startApiProcess, startThrowawayPostgres, type ServerProcess } from '@handoff/process-harness';

/**
 * The budget is raised so the suite measures validation, not the limiter (rate-limit.e2e.ts
 * checks the limiter with a small budget of its own). Errors are logged so a masked failure can
 * be found in `server.output()`.
 */
export const HOSTILE_ENV: Readonly<Record<string, string>> = { RATE_LIMIT_POINTS: '1000000', LOG_LEVEL: 'error' };

/** One answer as any HTTP client sees it: nothing is assumed about its shape. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body, or undefined when it is not JSON. */
  readonly json: unknown;
  readonly ms: number;
}

/** A running API and the demo admin's access token on it. */
export interface HostileApi {
  readonly server: ServerProcess;
  readonly adminToken: string;
  readonly url: string;
  /** POSTs an operation as the demo admin, or with `credential` (null: none). */
  gql(query: string, variables?: Record<string, unknown>, credential?: string | null, headers?: Record<string, string>): Promise<Answer>;
}

/**
 * Starts the built API on a fresh SQLite file; with HOSTILE_DATABASE=postgres, on a throwaway
 * PostgreSQL server of its own instead (never the machine's shared one), removed on stop.
 */
export async function startHostileApi(env: Readonly<Record<string, string>> = {}): Promise<HostileApi> {
  const postgres = process.env['HOSTILE_DATABASE'] === 'postgres' ? await startThrowawayPostgres() : null;
  const started = await startApiProcess({ ...HOSTILE_ENV, ...(postgres ? { DATABASE_URL: postgres.url } : {}), ...env });
  const server: ServerProcess = postgres ? { ...started, stop: async () => (await started.stop(), await postgres.destroy()) } : started;
  const adminToken = await demoAdminToken(server.baseUrl);
  const url = `${server.baseUrl}/graphql`;
  return {
    server,
    adminToken,
    url,
    gql: (query, variables, credential = adminToken, headers = {}) =>
      send(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(credential ? { authorization: `Bearer ${credential}` } : {}), ...headers },
        body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
      }),
  };
}

/** Sends any request and reads the answer whole, JSON or not. */
export async function send(url: string, init: RequestInit): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  const ms = performance.now() - started;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json, ms };
}

/** `data` of an answer that must have succeeded; throws with the body otherwise. */
export function dataOf<T>(answer: Answer): T {
  const body = answer.json as { data?: T; errors?: unknown } | undefined;
  if (answer.status !== 200 || !body || body.errors || body.data == null) throw new Error(`Expected data (${answer.status}): ${answer.text.slice(0, 600)}`);
  return body.data;
}
