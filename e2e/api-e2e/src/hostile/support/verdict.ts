import type { Answer } from './http';
import { findLeaks } from './leaks';

/**
 * What one hostile case came to:
 * - rejected: a clear coded error (a public `extensions.code`, a readable message, a request id);
 * - notFound: a lookup answered null or an empty list, so nothing was disclosed;
 * - accepted: legitimate free text stored and read back verbatim, never interpreted;
 * - failed: neither (a masked INTERNAL_SERVER_ERROR, no code, an unexpected success);
 * - leaked: internals in the answer, or state changed although the request was refused.
 */
export type Verdict = 'rejected' | 'notFound' | 'accepted' | 'failed' | 'leaked';

/** A verdict and the reason behind it, for the report and for failure messages. */
export interface Judgement {
  readonly verdict: Verdict;
  readonly why: string;
}

// The codes a client may see (apps/api/src/graphql/errors.ts PUBLIC_ERROR_CODES, and
// DATABASE_UNAVAILABLE from format-error.ts). INTERNAL_SERVER_ERROR is a bug, not a refusal.
export const PUBLIC_CODES: ReadonlySet<string> = new Set([
  'VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'CURSOR_EXPIRED', 'QUERY_TOO_COMPLEX',
  'RATE_LIMITED', 'TOO_MANY_SUBSCRIPTIONS', 'PAYLOAD_TOO_LARGE', 'DATABASE_UNAVAILABLE',
]);

/** A GraphQL error as it travels. */
export interface WireError {
  readonly message?: unknown;
  readonly extensions?: Record<string, unknown>;
}

/** The errors of a GraphQL body; null when there are none. */
export function errorsOf(json: unknown): readonly WireError[] | null {
  const errors = (json as { errors?: unknown } | null | undefined)?.errors;
  return Array.isArray(errors) && errors.length > 0 ? (errors as WireError[]) : null;
}

/** Why a list of errors is not a clear coded refusal; null when it is one. */
export function unclearError(errors: readonly WireError[]): string | null {
  for (const error of errors) {
    const code = error.extensions?.['code'];
    if (typeof error.message !== 'string' || error.message.trim() === '') return 'an error without a message';
    if (typeof code !== 'string') return `no extensions.code on "${error.message.slice(0, 120)}"`;
    if (!PUBLIC_CODES.has(code)) return `code ${code} on "${error.message.slice(0, 120)}"`;
    if (typeof error.extensions?.['requestId'] !== 'string') return `no requestId on ${code}`;
  }
  return null;
}

/**
 * Judges an HTTP answer up to the point where its data would have to be looked at: leaked,
 * rejected, failed, or 'data' (no errors: the caller decides between accepted, notFound and
 * failed). `echoes` are strings the request sent, which the answer may quote without leaking.
 */
export function judgeAnswer(answer: Answer, echoes: readonly string[] = []): Judgement | 'data' {
  const leaks = findLeaks(answer.text, echoes);
  if (leaks.length > 0) return { verdict: 'leaked', why: `${leaks.join(', ')} in ${answer.status}: ${answer.text.slice(0, 300)}` };
  if (answer.json === undefined) return { verdict: 'failed', why: `HTTP ${answer.status} with a body that is not JSON: ${answer.text.slice(0, 120)}` };
  const errors = errorsOf(answer.json);
  if (!errors) return answer.status === 200 ? 'data' : { verdict: 'failed', why: `HTTP ${answer.status} without errors` };
  if (answer.status >= 500 && answer.status !== 503) return { verdict: 'failed', why: `HTTP ${answer.status}: ${answer.text.slice(0, 200)}` };
  const unclear = unclearError(errors);
  return unclear ? { verdict: 'failed', why: unclear } : { verdict: 'rejected', why: codesOf(errors).join(', ') };
}

/** The codes of a list of errors, in order, without repeats. */
export function codesOf(errors: readonly WireError[]): string[] {
  return [...new Set(errors.map((e) => String(e.extensions?.['code'])))];
}

/** The first error code of an answer, if any. */
export function codeOf(answer: Answer): string | undefined {
  const code = errorsOf(answer.json)?.[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}
