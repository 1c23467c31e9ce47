import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { SessionApiError } from '../../../lib/auth/session-api';
import { useSession } from '../../../lib/auth/session-context';

interface FieldErrors {
  readonly email?: string;
  readonly password?: string;
}

function describeFailure(failure: unknown): string {
  if (failure instanceof SessionApiError && failure.kind === 'invalidCredentials') return 'Wrong email or password. Check both and try again.';
  if (failure instanceof SessionApiError) return failure.message;
  return 'Signing in failed. Try again in a moment.';
}

/** Email and password; the session store signs in, and the page moves on once it has a session. */
export function SignInForm() {
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {
      ...(email.trim() ? {} : { email: 'Enter your email' }),
      ...(password ? {} : { password: 'Enter your password' }),
    };
    setFieldErrors(missing);
    if (missing.email || missing.password) return;
    setFailure(null);
    setSubmitting(true);
    try {
      await session.signIn(email, password);
    } catch (error) {
      setFailure(describeFailure(error));
      setSubmitting(false);
      // Most failures are a mistyped password: put the cursor back there.
      passwordRef.current?.select();
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Sign in">
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert" title="Could not sign in">
            {failure}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors.email}
          required
          autoFocus
        />
        <PasswordInput
          ref={passwordRef}
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
          required
        />
        <Button type="submit" loading={submitting} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
