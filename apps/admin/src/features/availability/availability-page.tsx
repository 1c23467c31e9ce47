import { Title } from '@mantine/core';

/** Team availability (being built). */
export function AvailabilityPage() {
  return <Title order={2}>Team availability</Title>;
}
