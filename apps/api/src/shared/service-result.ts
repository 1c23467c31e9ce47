import { prefixIssues, type Issue, type Result } from '@handoff/domain';
import type { ServiceFailure, StoredDocumentRef } from '../graphql/errors';

/** What a service returns: a value, or an expected failure. */
export type ServiceResult<T> = Result<T, ServiceFailure>;

/** A validation failure from domain issues, optionally re-rooted under an input path (`input.ruleSet`). */
export const invalid = (issues: readonly Issue[], under = ''): ServiceFailure => ({
  kind: 'invalid',
  issues: under === '' ? issues : prefixIssues(under, issues),
});

/** A missing (or other-workspace) entity. */
export const notFound = (entity: string, id: string, path?: string): ServiceFailure => ({
  kind: 'notFound',
  entity,
  id,
  ...(path ? { path } : {}),
});

/** A stale write: the stored version moved on. */
export const conflict = (entity: string, id: string, currentVersion: number): ServiceFailure => ({ kind: 'conflict', entity, id, currentVersion });

/** An idempotency key already used for a different request. */
export const idempotencyKeyReused = (key: string, path: string): ServiceFailure => ({ kind: 'idempotencyKeyReused', key, path });

/** A stored document that fails its parser on load (written by hand, or before a bound existed). */
export const storedInvalid = (document: StoredDocumentRef, issues: readonly Issue[]): ServiceFailure => ({ kind: 'storedInvalid', document, issues });
