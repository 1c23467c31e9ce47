/** A GraphQL response as any HTTP client sees it. */
export interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POSTs one operation, as an integrator's HTTP client would, and returns the response as it came. */
export async function postGraphQL<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: GraphQLResponse<T>; text: string }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphQLResponse<T>, text };
}

/** POSTs an operation and returns `data`, throwing on transport or GraphQL errors. */
export async function graphqlPost<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { status, body, text } = await postGraphQL<T>(baseUrl, query, variables);
  if (status !== 200 || body.errors || body.data == null) throw new Error(`GraphQL request failed (${status}): ${text.slice(0, 500)}`);
  return body.data;
}
