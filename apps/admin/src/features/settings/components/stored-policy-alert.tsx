import { Alert, Code, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { StoredPolicyProblem } from '../adapters/policy-editor';

/**
 * The stored policy can't be used (a bound added after it was saved, or a hand edit): handoffs
 * run on the default policy until an admin saves one, and the form shows that default.
 */
export function StoredPolicyAlert({ problem }: { problem: StoredPolicyProblem }) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="The saved handoff policy can’t be used" role="alert">
      <Stack gap="xs">
        <Text size="sm">The stored policy (version {problem.version}) can’t be used because of:</Text>
        <List size="sm" spacing={2}>
          {problem.issues.map((issue) => (
            <List.Item key={`${issue.path}:${issue.code}`}>
              <Code>{issue.path || 'the whole policy'}</Code>: {issue.message}
            </List.Item>
          ))}
        </List>
        <Text size="sm">
          Handoffs use the default policy meanwhile, and the form below shows it. Adjust it if you like, then Save changes to replace the stored policy.
        </Text>
      </Stack>
    </Alert>
  );
}
