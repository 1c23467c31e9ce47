import { DocumentDiff } from '../../../components/document-diff/document-diff';
import type { DiffNames } from '../../../lib/document-diff/diff-names';
import type { AuditEntry } from '../adapters/audit-entry';
import { entryDiffOf } from '../adapters/entry-diff';
import { PublishedChanges } from './published-changes';

/** The readable diff of one entry: in words first, the changed JSON on request. */
export function AuditEntryChanges({ entry, names }: { entry: AuditEntry; names: DiffNames }) {
  const diff = entryDiffOf(entry);
  if (diff.type === 'publish') {
    return <PublishedChanges ruleSetId={diff.ruleSetId} previousVersion={diff.previousVersion} version={diff.version} document={diff.document} names={names} />;
  }
  return <DocumentDiff kind={diff.kind} before={diff.before} after={diff.after} names={names} emptyText="This change left the document as it was." />;
}
