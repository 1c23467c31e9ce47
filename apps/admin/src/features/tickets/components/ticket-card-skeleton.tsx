import { Card, Skeleton, Stack } from '@mantine/core';

/** Stand-ins while a column loads, shaped like cards so the board does not jump. */
export function TicketCardSkeleton() {
  return (
    <Stack gap="sm" role="status" aria-label="Loading tickets">
      {[0, 1].map((i) => (
        <Card key={i} withBorder radius="md" padding="sm">
          <Skeleton height={10} width="30%" radius="xl" />
          <Skeleton height={12} mt="sm" radius="xl" />
          <Skeleton height={12} mt={6} width="70%" radius="xl" />
          <Skeleton height={20} mt="sm" width="50%" radius="xl" />
        </Card>
      ))}
    </Stack>
  );
}
