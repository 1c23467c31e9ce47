import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { RuleSetSource } from '../../../generated/graphql';

const SOURCES: { value: RuleSetSource; label: string }[] = [
  { value: 'published', label: 'Published' },
  { value: 'draft', label: 'Draft' },
];

/** Which version of the routing rules to run: the one live tickets use, or the draft being edited. */
export function ConfigurationSwitch({
  value,
  onChange,
  description,
  error,
}: {
  value: RuleSetSource;
  onChange: (value: RuleSetSource) => void;
  description: string;
  error?: string | undefined;
}) {
  const labelId = useId();
  const descriptionId = useId();
  return (
    <Stack gap={4}>
      <Text id={labelId} size="sm" fw={500}>
        Configuration
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        aria-describedby={descriptionId}
        data={SOURCES}
        value={value}
        onChange={(next) => onChange(next as RuleSetSource)}
        fullWidth
      />
      <Text id={descriptionId} size="xs" c="dimmed">
        {description}
      </Text>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
