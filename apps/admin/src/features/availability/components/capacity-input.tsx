import { NumberInput } from '@mantine/core';
import { useEffect, useState } from 'react';

interface CapacityInputProps {
  readonly name: string;
  readonly disabled?: boolean;
  readonly value: number;
  readonly onCommit: (capacity: number) => void;
}

/** Capacity, saved on Enter or when focus leaves, not on every keystroke. */
export function CapacityInput({ name, value, disabled, onCommit }: CapacityInputProps) {
  const [draft, setDraft] = useState<string | number>(value);
  // A refetch or another admin's change replaces what is shown.
  useEffect(() => setDraft(value), [value]);

  const commit = () => {
    const next = typeof draft === 'number' ? draft : Number.parseInt(draft, 10);
    if (!Number.isInteger(next) || next < 0) return setDraft(value);
    if (next !== value) onCommit(next);
  };

  return (
    <NumberInput
      aria-label={`Capacity of ${name}`}
      value={draft}
      onChange={setDraft}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      disabled={disabled}
      min={0}
      max={1000}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="strict"
      size="xs"
      w={80}
    />
  );
}
