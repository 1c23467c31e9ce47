import type { Issue } from '@handoff/domain';
import { GraphQLError } from 'graphql';

/**
 * Expected failures of the API's services, as values. Resolvers turn them into GraphQL errors
 * with `toGraphQLError`; anything else that escapes is a bug and is hidden by format-error.ts.
 */
export type ServiceFailure =
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[] }
  | { readonly kind: 'notFound'; readonly entity: string; readonly id: string; readonly path?: string }
  | { readonly kind: 'conflict'; readonly entity: string; readonly id: string; readonly currentVersion: number }
  | { readonly kind: 'idempotencyKeyReused'; readonly key: string; readonly path: string }
  | { readonly kind: 'storedInvalid'; readonly document: StoredDocumentRef; readonly issues: readonly Issue[] };

/** A stored document (a policy, a rule set's draft or a published version) by what and which. */
export interface StoredDocumentRef {
  readonly entity: 'handoffPolicy' | 'ruleSet';
  readonly id: string;
  /** `draft` for a rule set's draft, `published` for one of its versions; `current` for the policy. */
  readonly part: 'current' | 'draft' | 'published';
  /** The policy's or draft's compare-and-set version (what a replacing write expects), or the published version. */
  readonly version: number;
}

/** Error codes clients see in `extensions.code`, besides GraphQL's own. */
export type ApiErrorCode = 'VALIDATION_FAILED' | 'NOT_FOUND' | 'CONFLICT' | 'IDEMPOTENCY_KEY_REUSED' | 'STORED_DOCUMENT_INVALID';

/** Codes that are safe to show a client as they are. Everything else is masked. */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'STORED_DOCUMENT_INVALID',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // A subscription's `after` cursor can no longer be resumed from (modules/outbox).
  'CURSOR_EXPIRED',
  // The limits' codes (graphql/limits/limit-errors.ts).
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'TOO_MANY_SUBSCRIPTIONS',
  'PAYLOAD_TOO_LARGE',
]);

/** Maps a service failure to the GraphQL error a client sees; the switch is exhaustive. */
export function toGraphQLError(failure: ServiceFailure): GraphQLError {
  switch (failure.kind) {
    case 'invalid':
      return new GraphQLError(describeIssues(failure.issues), {
        extensions: { code: 'VALIDATION_FAILED', issues: failure.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })) },
      });
    case 'notFound':
      return new GraphQLError(`No ${failure.entity} with id "${failure.id}" in this workspace`, {
        extensions: { code: 'NOT_FOUND', entity: failure.entity, id: failure.id, ...(failure.path ? { path: failure.path } : {}) },
      });
    case 'conflict':
      return new GraphQLError(
        `The ${failure.entity} was changed by someone else (now at version ${failure.currentVersion}); reload and apply your change again`,
        { extensions: { code: 'CONFLICT', entity: failure.entity, id: failure.id, currentVersion: failure.currentVersion } },
      );
    case 'idempotencyKeyReused':
      return new GraphQLError(
        `The idempotency key ${JSON.stringify(failure.key)} was already used for a different request; send a new key for a new request, or the very same request to get its first answer`,
        { extensions: { code: 'IDEMPOTENCY_KEY_REUSED', idempotencyKey: failure.key, path: failure.path } },
      );
    case 'storedInvalid': {
      const { entity, id, part, version } = failure.document;
      const which = part === 'current' ? `version ${version}` : part === 'draft' ? `draft version ${version}` : `published version ${version}`;
      const [first] = failure.issues;
      const why = first ? `${first.code} at ${first.path || 'the root'}${failure.issues.length > 1 ? ` (and ${failure.issues.length - 1} more)` : ''}` : 'unreadable';
      return new GraphQLError(
        `The stored ${entity} ${JSON.stringify(id)} (${which}) no longer passes validation: ${why}. Replace it with a valid one`,
        { extensions: { code: 'STORED_DOCUMENT_INVALID', entity, id, part, version, issues: failure.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })) } },
      );
    }
  }
}

function describeIssues(issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first) return 'Invalid input';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `Invalid input at ${first.path || 'the root'}: ${first.message}${more}`;
}
