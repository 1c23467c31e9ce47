import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowsDiff, IconRefresh } from '@tabler/icons-react';
import { errorText, type PathIssue } from '../adapters/issue-places';
import type { SaveFailure } from '../adapters/policy-editor';

/** Someone else saved first: the only safe way on is to load their version; Compare shows what would be lost. */
export function ConflictAlert({ currentVersion, reloading, onReload, onCompare }: { currentVersion: number; reloading: boolean; onReload: () => void; onCompare?: () => void }) {
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Someone else saved these settings" role="alert">
      <Stack gap="xs">
        <Text size="sm">
          Version {currentVersion} was saved after you opened this page. Reload to continue from it; your unsaved edits here will be lost.
        </Text>
        <Group>
          <Button size="xs" color="orange" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onReload} loading={reloading}>
            Reload latest version
          </Button>
          {onCompare && (
            <Button size="xs" variant="default" leftSection={<IconArrowsDiff size={14} aria-hidden />} onClick={onCompare}>
              Compare
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}

/** A failed save that no field can show: the server's sentence, its code and request id. */
export function SaveFailureAlert({ failure, unplaced, rejectedCount }: { failure: SaveFailure | null; unplaced: readonly PathIssue[]; rejectedCount: number }) {
  const unplacedText = errorText(unplaced);
  if (!failure && !unplacedText && rejectedCount === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="The settings were not saved" role="alert">
      <Stack gap={4}>
        {failure && <Text size="sm">{failure.message}</Text>}
        {rejectedCount > 0 && <Text size="sm">The server found {rejectedCount === 1 ? 'a problem' : `${rejectedCount} problems`}; each is shown next to its field.</Text>}
        {unplacedText && <Text size="sm">{unplacedText}</Text>}
        {failure && (
          <Text size="xs" c="dimmed">
            {failure.code}
            {failure.requestId ? ` · request ${failure.requestId}` : ''}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
