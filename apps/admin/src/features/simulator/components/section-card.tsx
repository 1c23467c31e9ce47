import { Card, Group, Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A titled part of the result; a region named by its heading, so it can be found by name. */
export function SectionCard({ title, icon, children, testId }: { title: string; icon?: ReactNode; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <Card component="section" withBorder padding="md" aria-labelledby={id} data-testid={testId}>
      <Stack gap="sm">
        <Group gap={8}>
          {icon}
          <Title order={3} size="h5" id={id}>
            {title}
          </Title>
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
