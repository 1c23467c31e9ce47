import { Alert, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Navigate, useSearchParams } from 'react-router';
import { useSessionState } from '../../lib/auth/session-context';
import type { SignedOutReason } from '../../lib/auth/session-state';
import { safeNextPath } from './adapters/next-path';
import { SignInForm } from './components/sign-in-form';

const NOTICES: Record<Exclude<SignedOutReason, null>, string> = {
  expired: 'Your session has ended. Sign in again to continue.',
  signedOut: 'You have signed out.',
};

/** The door to the admin app: a centred card; once signed in, on to the page the person wanted. */
export function SignInPage() {
  const state = useSessionState();
  const [params] = useSearchParams();
  if (state.status === 'signedIn') return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return (
    <Center mih="100vh" p="md" bg="gray.0" component="main">
      {state.status === 'restoring' ? (
        <Loader aria-label="Restoring your session" />
      ) : (
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={400}>
          <Stack gap="lg">
            <div>
              <Title order={1} size="h3">
                Handoff admin
              </Title>
              <Title order={2} size="h5" fw={500} c="dimmed">
                Sign in
              </Title>
            </div>
            {state.reason && (
              <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
                {NOTICES[state.reason]}
              </Alert>
            )}
            <SignInForm />
            <Text size="xs" c="dimmed">
              Admins configure handoff and routing; agents work tickets and their own availability.
            </Text>
          </Stack>
        </Paper>
      )}
    </Center>
  );
}
