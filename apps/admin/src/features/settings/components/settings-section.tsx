import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { errorText, type PathIssue } from '../adapters/issue-places';

/** One card of the settings page: a heading, a line of help, and issues no field of it shows. */
export function SettingsSection({ title, help, issues = [], children }: { title: string; help: ReactNode; issues?: readonly PathIssue[]; children: ReactNode }) {
  const titleId = useId();
  const leftover = errorText(issues);
  return (
    <Card component="section" aria-labelledby={titleId} withBorder radius="md" padding="lg">
      <Stack gap="md">
        <div>
          <Title order={3} size="h4" id={titleId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {help}
          </Text>
        </div>
        {leftover && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {leftover}
          </Alert>
        )}
        {children}
      </Stack>
    </Card>
  );
}
