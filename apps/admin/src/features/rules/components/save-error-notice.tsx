import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ApiErrorView } from '../../../lib/errors/read-api-error';

/** Props of the notice for a refused save or publish. */
export interface SaveErrorNoticeProps {
  readonly error: ApiErrorView;
  readonly onReload: () => void;
  readonly onOverwrite: (version: number) => void;
  /** Shows the saved draft against the unsaved one, before choosing. */
  readonly onCompare?: () => void;
}

/**
 * A refused save or publish, said plainly. CONFLICT (someone saved first) offers both ways out;
 * VALIDATION_FAILED points at the issues, which are shown next to their controls.
 */
export function SaveErrorNotice({ error, onReload, onOverwrite, onCompare }: SaveErrorNoticeProps) {
  if (error.code === 'CONFLICT') {
    return (
      <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="Someone else changed this rule set" role="alert">
        <Stack gap="xs">
          <Text size="sm">
            The draft was saved elsewhere{error.currentVersion === null ? '' : ` (now version ${error.currentVersion})`} after you opened it. Load their version (your unsaved edits are lost), or replace it with yours.
          </Text>
          <Group gap="xs">
            <Button size="xs" onClick={onReload}>
              Load the latest draft
            </Button>
            {error.currentVersion !== null && (
              <Button size="xs" variant="default" onClick={() => onOverwrite(error.currentVersion ?? 0)}>
                Keep my changes and overwrite
              </Button>
            )}
            {onCompare && (
              <Button size="xs" variant="default" onClick={onCompare}>
                Compare
              </Button>
            )}
          </Group>
        </Stack>
      </Alert>
    );
  }
  const refused = error.code === 'VALIDATION_FAILED';
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={refused ? 'The server refused the change' : 'The change was not saved'} role="alert">
      <Stack gap={4}>
        {refused && error.issues.length > 0 ? (
          error.issues.map((issue) => (
            <Text size="sm" key={`${issue.path}:${issue.code}`}>
              {issue.message.charAt(0).toUpperCase() + issue.message.slice(1)}
            </Text>
          ))
        ) : (
          <Text size="sm">{error.message}</Text>
        )}
        <Text size="xs" c="dimmed">
          {error.code}
          {error.requestId ? ` · request ${error.requestId}` : ''}
        </Text>
      </Stack>
    </Alert>
  );
}
