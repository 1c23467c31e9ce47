import { Title } from '@mantine/core';

/** Handoff settings (being built). */
export function SettingsPage() {
  return <Title order={2}>Handoff settings</Title>;
}
