import { DEMO_ADMIN_EMAIL, HARNESS_DEMO_PASSWORD } from './credentials';

/** A GraphQL response as any HTTP client sees it. */
export interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * POSTs one operation, as an integrator's HTTP client would, and returns the response as it came.
 * `credential` is sent as `Authorization: Bearer …`; left out, the demo admin signs in (once per
 * server); null sends no credentials at all.
 */
export async function postGraphQL<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  credential?: string | null,
): Promise<{ status: number; body: GraphQLResponse<T>; text: string }> {
  const bearer = credential === undefined ? await demoAdminToken(baseUrl) : credential;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphQLResponse<T>, text };
}

/** POSTs an operation and returns `data`, throwing on transport or GraphQL errors. */
export async function graphqlPost<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, credential?: string | null): Promise<T> {
  const { status, body, text } = await postGraphQL<T>(baseUrl, query, variables, credential);
  if (status !== 200 || body.errors || body.data == null) throw new Error(`GraphQL request failed (${status}): ${text.slice(0, 500)}`);
  return body.data;
}

const tokens = new Map<string, Promise<string>>();

/** The demo admin's access token on a server (signed in once per server and process; tokens last ~15 minutes). */
export function demoAdminToken(baseUrl: string): Promise<string> {
  let token = tokens.get(baseUrl);
  if (!token) {
    token = signIn(baseUrl, DEMO_ADMIN_EMAIL, HARNESS_DEMO_PASSWORD);
    tokens.set(baseUrl, token);
    token.catch(() => tokens.delete(baseUrl));
  }
  return token;
}

/** Signs in with a password and returns the access token. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const data = await graphqlPost<{ signIn: { accessToken: string } }>(
    baseUrl,
    'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email, password } },
    null,
  );
  return data.signIn.accessToken;
}

/** Creates an API key (as the demo admin) for a client that authenticates like an integrator; returns the key. */
export async function createApiKey(baseUrl: string, role: 'admin' | 'agent' | 'integrator' = 'integrator', name = `harness ${role}`): Promise<string> {
  const data = await graphqlPost<{ createApiKey: { key: string } }>(baseUrl, 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }', {
    input: { name, role },
  });
  return data.createApiKey.key;
}
