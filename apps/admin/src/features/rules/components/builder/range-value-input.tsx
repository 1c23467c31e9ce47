import { Group, Text } from '@mantine/core';
import { ScalarValueInput, type ValueInputProps } from './scalar-value-input';

/** Props of a `[low, high]` input: one error per bound. */
export interface RangeValueInputProps extends Omit<ValueInputProps, 'label' | 'error'> {
  readonly name: string;
  readonly lowError?: string | undefined;
  readonly highError?: string | undefined;
}

const asPair = (value: unknown): [unknown, unknown] => (Array.isArray(value) ? [value[0] ?? '', value[1] ?? ''] : ['', '']);

/** `between`: two inputs of the field's type, lower bound first. */
export function RangeValueInput({ name, value, onChange, lowError, highError, ...rest }: RangeValueInputProps) {
  const [low, high] = asPair(value);
  return (
    <Group gap="xs" align="flex-start" wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
      <ScalarValueInput {...rest} label={`Lower bound of ${name}`} value={low} error={lowError} onChange={(next) => onChange([next, high])} />
      <Text size="sm" c="dimmed" mt={6}>
        and
      </Text>
      <ScalarValueInput {...rest} label={`Upper bound of ${name}`} value={high} error={highError} onChange={(next) => onChange([low, next])} />
    </Group>
  );
}
