import { err, ok, parseRuleSet, type Issue, type Result, type RuleSet } from '@handoff/domain';
import type { ServiceFailure, StoredDocumentRef } from '../../graphql/errors';
import type { StoredDocumentProblemType } from './dtos/stored-document-problem.type';
import type { Logger } from '../../observability/logger';
import { storedInvalid } from '../../shared/service-result';
import type { HandoffPolicyEntity } from './handoff-policy.entity';
import { parseStoredPolicy, type StoredHandoffPolicy } from './stored-policy';

/**
 * A stored document that fails its parser on load: written before a bound existed, restored from
 * elsewhere or edited by hand. Loading checks with the very parsers (and bounds) writing does.
 */
export interface UnusableStoredDocument {
  readonly document: StoredDocumentRef;
  readonly issues: readonly Issue[];
}

/** The workspace's stored policy, as parseStoredPolicy reads it. */
export function readStoredPolicy(row: HandoffPolicyEntity): Result<StoredHandoffPolicy, UnusableStoredDocument> {
  const parsed = parseStoredPolicy(row.document);
  if (parsed.ok) return parsed;
  return err({ document: { entity: 'handoffPolicy', id: row.workspaceId, part: 'current', version: row.version }, issues: parsed.error });
}

/** A stored rule set document (a draft or a published version), as parseRuleSet reads it. */
export function readStoredRuleSet(document: unknown, ref: StoredDocumentRef): Result<RuleSet, UnusableStoredDocument> {
  const parsed = parseRuleSet(document);
  return parsed.ok ? ok(parsed.value) : err({ document: ref, issues: parsed.error });
}

// Enough for an operator to see what is wrong; the whole list is one replay of the parser away.
const LOGGED_ISSUES = 20;

/** Tells operators (level error) what is unusable and what was done instead, so someone replaces it. */
export function logUnusable(logger: Logger, workspaceId: string, problem: UnusableStoredDocument, handledBy: string): void {
  const { entity, id, part, version } = problem.document;
  const issues = problem.issues.slice(0, LOGGED_ISSUES).map(({ code, path }) => ({ code, path }));
  logger.error({ workspaceId, entity, id, part, version, issueCount: problem.issues.length, issues, handledBy }, 'A stored document fails validation on load');
}

/** The problem as reads report it next to the document in effect. */
export const toStoredDocumentProblemType = ({ document, issues }: UnusableStoredDocument): StoredDocumentProblemType => ({
  part: document.part,
  version: document.version,
  issues: issues.map(({ code, path, message }) => ({ code, path, message })),
});

/** Refuses an operation that needs the document: logged, then STORED_DOCUMENT_INVALID for the client. */
export function refuseUnusable(logger: Logger, workspaceId: string, problem: UnusableStoredDocument): ServiceFailure {
  logUnusable(logger, workspaceId, problem, 'refused with STORED_DOCUMENT_INVALID');
  return storedInvalid(problem.document, problem.issues);
}

/** The document as JSON, or null when it nests too deep for JSON.stringify (no valid one does). */
export function jsonOrNull(document: object): string | null {
  try {
    return JSON.stringify(document);
  } catch {
    return null;
  }
}

/**
 * A stored document as the audit row of its replacement can hold it ("before"): itself, or a note
 * when it nests too deep to serialise, so an unusable document can always be replaced.
 */
export const auditCopyOf = (document: object): object =>
  jsonOrNull(document) === null ? { unserializable: 'the stored document nested too deep to copy into the audit log' } : document;
