import { Title } from '@mantine/core';

/** Simulator (being built). */
export function SimulatorPage() {
  return <Title order={2}>Simulator</Title>;
}
