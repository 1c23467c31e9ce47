import { Badge, Button, Group, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession, useViewer } from '../lib/auth/session-context';

/** Who is signed in, as what, and the way out. */
export function SignedInUser() {
  const viewer = useViewer();
  const session = useSession();
  const [leaving, setLeaving] = useState(false);
  if (!viewer) return null;
  return (
    <Group gap="sm" wrap="nowrap" data-testid="signed-in-user">
      <Text size="sm" fw={500} visibleFrom="xs">
        {viewer.name}
      </Text>
      <Badge variant="light" color={viewer.role === 'admin' ? 'indigo' : 'teal'} tt="none" aria-label={`Role: ${viewer.role}`}>
        {viewer.role}
      </Badge>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconLogout size={14} aria-hidden />}
        loading={leaving}
        onClick={() => {
          setLeaving(true);
          void session.signOut();
        }}
      >
        Sign out
      </Button>
    </Group>
  );
}
