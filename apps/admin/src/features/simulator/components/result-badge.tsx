import { Badge } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';

/** A condition's outcome: green true, red false, readable without colour too. */
export function ResultBadge({ result }: { result: boolean }) {
  return (
    <Badge
      color={result ? 'teal' : 'red'}
      variant="light"
      size="sm"
      tt="none"
      leftSection={result ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />}
      data-testid="result-badge"
    >
      {result ? 'true' : 'false'}
    </Badge>
  );
}
