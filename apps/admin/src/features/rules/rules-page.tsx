import { Title } from '@mantine/core';

/** Routing rules (being built). */
export function RulesPage() {
  return <Title order={2}>Routing rules</Title>;
}
