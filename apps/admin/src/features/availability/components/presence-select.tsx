import { ColorSwatch, Select } from '@mantine/core';
import type { PresenceStatus } from '../../../generated/graphql';
import { PRESENCE_OPTIONS, presenceColor } from '../adapters/availability-labels';

interface PresenceSelectProps {
  readonly name: string;
  readonly disabled?: boolean;
  readonly value: PresenceStatus;
  readonly onChange: (status: PresenceStatus) => void;
}

const isPresence = (value: string | null): value is PresenceStatus => PRESENCE_OPTIONS.some((o) => o.value === value);

/** A person's presence, changeable in place; the dot carries the same colour as everywhere else. */
export function PresenceSelect({ name, value, disabled, onChange }: PresenceSelectProps) {
  return (
    <Select
      aria-label={`Presence of ${name}`}
      data={PRESENCE_OPTIONS.map(({ value: v, label }) => ({ value: v, label }))}
      value={value}
      onChange={(next) => {
        if (isPresence(next) && next !== value) onChange(next);
      }}
      allowDeselect={false}
      disabled={disabled}
      leftSection={<ColorSwatch color={`var(--mantine-color-${presenceColor(value)}-6)`} size={10} withShadow={false} aria-hidden />}
      renderOption={({ option }) => (
        <>
          <ColorSwatch color={`var(--mantine-color-${presenceColor(option.value as PresenceStatus)}-6)`} size={10} withShadow={false} aria-hidden />
          {option.label}
        </>
      )}
      size="xs"
      w={120}
    />
  );
}
