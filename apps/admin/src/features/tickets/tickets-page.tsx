import { Title } from '@mantine/core';

/** Tickets (being built). */
export function TicketsPage() {
  return <Title order={2}>Tickets</Title>;
}
