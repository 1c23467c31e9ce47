import { Button, Stack, Text } from '@mantine/core';
import { IconCode } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { describeChanges, type DocumentKind } from '../../lib/document-diff/describe-changes';
import { createDiffNames, type DiffNames } from '../../lib/document-diff/diff-names';
import { diffJson } from '../../lib/document-diff/json-diff';
import { ChangeList } from './change-list';
import { JsonChangesTable } from './json-changes-table';

/** Props of a readable diff between two versions of one document. */
export interface DocumentDiffProps {
  readonly before: unknown;
  readonly after: unknown;
  readonly kind: DocumentKind;
  /** Turns ids into names; without it ids read as "unknown team (…)". */
  readonly names?: DiffNames;
  /** Column headings of the JSON view, e.g. "Saved version 5" and "Your changes". */
  readonly beforeLabel?: string;
  readonly afterLabel?: string;
  readonly emptyText?: string;
}

const NO_NAMES = createDiffNames();

/**
 * What changed from `before` to `after`: first in words (the policy's and rule set's own terms),
 * then, on request, the changed paths as JSON for anything the words leave out.
 */
export function DocumentDiff({ before, after, kind, names = NO_NAMES, beforeLabel = 'Before', afterLabel = 'After', emptyText = 'No differences.' }: DocumentDiffProps) {
  const lines = useMemo(() => describeChanges(kind, before, after, names), [kind, before, after, names]);
  const changes = useMemo(() => diffJson(before, after), [before, after]);
  const [showJson, setShowJson] = useState(false);
  const jsonId = useId();
  if (lines.length === 0 && changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <ChangeList lines={lines} label={`Changes (${lines.length})`} />
      <div>
        <Button variant="subtle" size="compact-xs" leftSection={<IconCode size={14} aria-hidden />} aria-expanded={showJson} aria-controls={jsonId} onClick={() => setShowJson((shown) => !shown)}>
          {showJson ? 'Hide the changed JSON' : 'Show the changed JSON'}
        </Button>
      </div>
      {showJson && (
        <div id={jsonId}>
          <JsonChangesTable changes={changes} beforeLabel={beforeLabel} afterLabel={afterLabel} />
        </div>
      )}
    </Stack>
  );
}
