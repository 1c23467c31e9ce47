import type { DocumentKind } from '../../../lib/document-diff/describe-changes';
import { jsonEqual } from '../../../lib/document-diff/json-value';
import { EMPTY_RULE_SET, type AuditEntry } from './audit-entry';

/** How to show what an entry changed. */
export type EntryDiff =
  | { readonly type: 'documents'; readonly kind: DocumentKind; readonly before: unknown; readonly after: unknown }
  /**
   * A publish or rollback records only the new version's document; what it replaced is the
   * previously published version, looked up among the rule set's versions.
   */
  | { readonly type: 'publish'; readonly ruleSetId: string; readonly previousVersion: number | null; readonly version: number | null; readonly document: unknown };

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** Maps each entity's audit shapes to the two documents to compare. */
export function entryDiffOf(entry: AuditEntry): EntryDiff {
  switch (entry.entityType) {
    case 'handoffPolicy':
      return { type: 'documents', kind: 'policy', before: entry.before, after: entry.after };
    case 'ruleSet':
      return ruleSetDiff(entry);
    case 'user':
      return { type: 'documents', kind: 'availability', before: entry.before, after: entry.after };
    default:
      return { type: 'documents', kind: 'generic', before: entry.before, after: entry.after };
  }
}

function ruleSetDiff(entry: AuditEntry): EntryDiff {
  switch (entry.action) {
    case 'publish':
    case 'rollback':
      return {
        type: 'publish',
        ruleSetId: entry.entityId,
        previousVersion: numberOrNull(entry.before?.['publishedVersion']),
        version: numberOrNull(entry.after?.['publishedVersion']),
        document: entry.after?.['document'],
      };
    case 'create':
      return { type: 'documents', kind: 'ruleSet', before: EMPTY_RULE_SET, after: entry.after?.['draft'] };
    case 'delete':
      return { type: 'documents', kind: 'ruleSet', before: entry.before?.['draft'], after: EMPTY_RULE_SET };
    default:
      return { type: 'documents', kind: 'ruleSet', before: entry.before, after: entry.after };
  }
}

/** A published version of a rule set, as the versions query lists them. */
export interface PublishedVersion {
  readonly version: number;
  readonly document: unknown;
}

/** The version a rollback copied: the newest earlier version with the very same document. */
export function copiedVersion(versions: readonly PublishedVersion[], version: number, document: unknown): number | null {
  const earlier = versions.filter((v) => v.version < version && jsonEqual(v.document, document)).sort((a, b) => b.version - a.version);
  return earlier[0]?.version ?? null;
}
