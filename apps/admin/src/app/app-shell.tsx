import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustments, IconApi, IconFlask, IconRoute, IconTicket, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { NavLink as RouterNavLink } from 'react-router';

const SCREENS = [
  { to: '/settings', label: 'Handoff settings', icon: IconAdjustments },
  { to: '/rules', label: 'Routing rules', icon: IconRoute },
  { to: '/simulator', label: 'Simulator', icon: IconFlask },
  { to: '/tickets', label: 'Tickets', icon: IconTicket },
  { to: '/availability', label: 'Team availability', icon: IconUsers },
] as const;

/** The frame every screen sits in: a header and the navigation, collapsible on narrow screens. */
export function AdminShell({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={1} size="h4">
              Handoff admin
            </Title>
          </Group>
          <Text size="sm" c="dimmed" visibleFrom="sm">
            AI agent to human handoff and ticket routing
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Screens">
        <ScrollArea>
          {SCREENS.map(({ to, label, icon: Icon }) => (
            <NavLink key={to} component={RouterNavLink} to={to} label={label} leftSection={<Icon size={18} aria-hidden />} onClick={close} />
          ))}
          {/* GraphiQL is a separate page the API serves, not a route of this app. */}
          <NavLink href="/graphiql" target="_blank" label="GraphiQL (API explorer)" leftSection={<IconApi size={18} aria-hidden />} component="a" />
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
