import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustments, IconApi, IconFlask, IconHistory, IconRoute, IconTicket, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { NavLink as RouterNavLink } from 'react-router';
import { useViewer } from '../lib/auth/session-context';
import { mayOpen } from './screen-access';
import { SignedInUser } from './signed-in-user';

const SCREENS = [
  { to: '/settings', label: 'Handoff settings', icon: IconAdjustments },
  { to: '/rules', label: 'Routing rules', icon: IconRoute },
  { to: '/simulator', label: 'Simulator', icon: IconFlask },
  { to: '/tickets', label: 'Tickets', icon: IconTicket },
  { to: '/availability', label: 'Team availability', icon: IconUsers },
  { to: '/audit', label: 'Audit log', icon: IconHistory },
] as const;

/** The frame every screen sits in: a header and the navigation, collapsible on narrow screens. */
export function AdminShell({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const viewer = useViewer();
  // Only what the role can use; the screens themselves refuse the rest (see RoleGate).
  const screens = viewer ? SCREENS.filter((screen) => mayOpen(viewer.role, screen.to)) : [];
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
          <Group gap="lg" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="lg">
              AI agent to human handoff and ticket routing
            </Text>
            <SignedInUser />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Screens">
        <ScrollArea>
          {screens.map(({ to, label, icon: Icon }) => (
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
