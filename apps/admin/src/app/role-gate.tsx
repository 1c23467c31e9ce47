import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useViewer } from '../lib/auth/session-context';
import type { SessionUser } from '../lib/auth/session-state';
import { homeFor, mayOpen } from './screen-access';

/** A screen the signed-in role may not use says so, instead of showing controls the API would refuse. */
export function RoleGate({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const { pathname } = useLocation();
  if (viewer && !mayOpen(viewer.role, pathname)) return <NotAllowed viewer={viewer} />;
  return children;
}

/** The bare address and unknown ones lead to the role's first screen. */
export function HomeRedirect() {
  const viewer = useViewer();
  return <Navigate to={homeFor(viewer?.role ?? 'agent')} replace />;
}

function NotAllowed({ viewer }: { viewer: SessionUser }) {
  return (
    <Paper withBorder radius="md" p="xl" maw={560} data-testid="not-allowed">
      <Stack gap="sm" align="flex-start">
        <IconLock size={28} aria-hidden />
        <Title order={2}>Not available to your role</Title>
        <Text>
          You are signed in as {viewer.name}, an {viewer.role}. Handoff settings, routing rules, the simulator and the audit log are for admins; ask one if
          something there needs to change.
        </Text>
        <Button component={Link} to={homeFor(viewer.role)} variant="light">
          Go to Tickets
        </Button>
      </Stack>
    </Paper>
  );
}
