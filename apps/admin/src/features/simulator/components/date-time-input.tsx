import { TextInput } from '@mantine/core';

/**
 * A local date and time (`YYYY-MM-DDTHH:mm`), empty for "not set".
 * Why not @mantine/dates' DateTimePicker: the installed @mantine/dates resolves a second copy of
 * @mantine/core (9.7.4 at the root; the admin has 9.7.3), so it cannot see the app's
 * MantineProvider and throws. The native input is keyboard-usable and needs no provider.
 */
export function DateTimeInput({
  label,
  description,
  value,
  onChange,
  error,
}: {
  label: string;
  description?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
}) {
  return (
    <TextInput
      type="datetime-local"
      label={label}
      description={description}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
      error={error}
    />
  );
}
