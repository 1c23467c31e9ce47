import { Text } from '@mantine/core';
import type { FormattedValue } from '../adapters/format-trace-value';

/** A compared value; long ones are clamped, with the whole value in a tooltip. */
export function TraceValue({ value }: { value: FormattedValue }) {
  return (
    <Text size="sm" c={value.missing ? 'dimmed' : undefined} fs={value.missing ? 'italic' : undefined} lineClamp={3} title={value.text} style={{ wordBreak: 'break-word' }}>
      {value.text}
    </Text>
  );
}
