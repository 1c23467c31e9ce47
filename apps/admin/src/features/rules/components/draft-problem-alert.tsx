import { Alert, Code, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { DraftProblem } from '../hooks/use-rule-set-editor';

/**
 * The stored draft can't be used (a bound added after it was saved, or a hand edit): the editor
 * shows the published version in effect instead (or no rules), and saving the draft replaces it.
 */
export function DraftProblemAlert({ problem, shownVersion }: { problem: DraftProblem; shownVersion: number | null }) {
  const shown = shownVersion === null ? 'an empty rule set' : `the last published version (v${shownVersion})`;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="The saved draft can’t be used" role="alert">
      <Stack gap="xs">
        <Text size="sm">Draft version {problem.version} can’t be used because of:</Text>
        <List size="sm" spacing={2}>
          {problem.issues.map((issue) => (
            <List.Item key={`${issue.path}:${issue.code}`}>
              <Code>{issue.path || 'the whole draft'}</Code>: {issue.message}
            </List.Item>
          ))}
        </List>
        <Text size="sm">The editor shows {shown} instead. Saving the draft replaces the unusable one.</Text>
      </Stack>
    </Alert>
  );
}
