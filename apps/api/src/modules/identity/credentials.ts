/** The credential a request presents: `Authorization: Bearer <jwt | hk_live_…>` or `X-Api-Key: hk_live_…`. */
export function credentialFromHeaders(headers: Readonly<Record<string, string | string[] | undefined>>): string | null {
  const authorization = first(headers['authorization']);
  if (authorization) return bearer(authorization);
  return first(headers['x-api-key'])?.trim() || null;
}

/** The credential a graphql-ws client sends in connection_init: `{ authorization: 'Bearer …' }` (or `apiKey`). */
export function credentialFromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const authorization = params?.['authorization'] ?? params?.['Authorization'];
  if (typeof authorization === 'string' && authorization.trim() !== '') return bearer(authorization);
  const apiKey = params?.['apiKey'];
  return typeof apiKey === 'string' && apiKey.trim() !== '' ? apiKey.trim() : null;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function bearer(value: string): string | null {
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(value);
  // A malformed Authorization header is a credential that fails, never "no credential".
  return match?.[1] ?? value.trim();
}
