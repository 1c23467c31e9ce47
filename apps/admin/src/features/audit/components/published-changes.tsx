import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { DocumentDiff } from '../../../components/document-diff/document-diff';
import { QueryState } from '../../../components/query-state';
import { AuditRuleSetVersionsDocument } from '../../../generated/graphql';
import type { DiffNames } from '../../../lib/document-diff/diff-names';
import { EMPTY_RULE_SET } from '../adapters/audit-entry';
import { copiedVersion } from '../adapters/entry-diff';

/** Props of the changes a publish or rollback made. */
export interface PublishedChangesProps {
  readonly ruleSetId: string;
  readonly previousVersion: number | null;
  readonly version: number | null;
  readonly document: unknown;
  readonly names: DiffNames;
}

/** What routing changed with a publish or rollback: the new version against the one it replaced. */
export function PublishedChanges({ ruleSetId, previousVersion, version, document, names }: PublishedChangesProps) {
  const { data, loading, error } = useQuery(AuditRuleSetVersionsDocument, { variables: { id: ruleSetId }, fetchPolicy: 'cache-first' });
  const versions = data?.ruleSet?.versions ?? [];
  const previous = versions.find((v) => v.version === previousVersion);
  const copied = version === null ? null : copiedVersion(versions, version, document);
  const versionLabel = `Version ${version ?? '?'}`;

  if (previousVersion === null) {
    return (
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          The first published version, so every rule is new to routing.
        </Text>
        <DocumentDiff kind="ruleSet" before={EMPTY_RULE_SET} after={document} names={names} beforeLabel="Nothing published" afterLabel={versionLabel} />
      </Stack>
    );
  }
  return (
    <QueryState loading={loading && !data} error={error}>
      {previous ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            Compared with version {previousVersion}, which it replaced{copied !== null && copied !== previousVersion ? `; the same rules as version ${copied}` : ''}.
          </Text>
          <DocumentDiff kind="ruleSet" before={previous.document} after={document} names={names} beforeLabel={`Version ${previousVersion}`} afterLabel={versionLabel} emptyText={`The same rules as version ${previousVersion}.`} />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Version {previousVersion}, which this replaced, is no longer available{data?.ruleSet ? '' : ' (the rule set has been deleted since)'}, so the changes cannot be shown.
        </Text>
      )}
    </QueryState>
  );
}
