import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link, useRouteError } from 'react-router';

/**
 * What a screen shows if it throws while rendering, instead of a blank page: the shell and its
 * navigation stay, so the admin can reload or go elsewhere. The error goes to the console (for
 * whoever files the bug), never its stack onto the page.
 */
export function ScreenCrash() {
  const error = useRouteError();
  console.error('A screen failed to render', error);
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="This screen stopped working" role="alert">
      <Stack gap="sm">
        <Text size="sm">Something unexpected went wrong while showing it. Nothing you saved is lost; unsaved edits on this screen are.</Text>
        <Group>
          <Button size="xs" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
          <Button size="xs" variant="default" component={Link} to="/">
            Go to the start screen
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
