import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { readApiError } from '../lib/errors/read-api-error';

/** The server's error as a sentence with its code and request id, never as raw JSON. */
export function ErrorNotice({ error, title = 'Something went wrong' }: { error: unknown; title?: string }) {
  const view = readApiError(error);
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={title} role="alert">
      <Stack gap={4}>
        <Text size="sm">{view.message}</Text>
        {view.issues.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {view.issues.map((i) => (
              <li key={`${i.path}:${i.code}`}>
                <Text size="sm" span>
                  {i.message}
                </Text>{' '}
                <Text size="xs" c="dimmed" span>
                  ({i.code}
                  {i.path ? ` at ${i.path}` : ''})
                </Text>
              </li>
            ))}
          </ul>
        )}
        <Text size="xs" c="dimmed">
          {view.code}
          {view.requestId ? ` · request ${view.requestId}` : ''}
        </Text>
      </Stack>
    </Alert>
  );
}

/** Loading, error and empty states in one place, so every screen shows them the same way. */
export function QueryState({
  loading,
  error,
  empty,
  emptyText,
  children,
}: {
  loading: boolean;
  error: unknown;
  empty?: boolean;
  emptyText?: string;
  children: ReactNode;
}) {
  if (error) return <ErrorNotice error={error} title="Could not load" />;
  if (loading)
    return (
      <Center py="xl">
        <Loader aria-label="Loading" />
      </Center>
    );
  if (empty)
    return (
      <Center py="xl">
        <Stack align="center" gap={4}>
          <IconInbox aria-hidden />
          <Text c="dimmed">{emptyText ?? 'Nothing here yet.'}</Text>
        </Stack>
      </Center>
    );
  return <>{children}</>;
}
