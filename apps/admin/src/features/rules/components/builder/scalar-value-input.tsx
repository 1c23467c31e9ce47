import { Autocomplete, NumberInput, SegmentedControl, Select, TextInput } from '@mantine/core';
import { fromLocalInputValue, toLocalInputValue } from '../../adapters/datetime-values';
import type { EditorField } from '../../adapters/editor-catalogue';
import type { ValueSuggestions } from './builder-context';
import { closedOptions, openSuggestions } from './value-options';

/** Props every value input takes. */
export interface ValueInputProps {
  readonly field: EditorField;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly label: string;
  readonly error?: string | undefined;
  readonly suggestions: ValueSuggestions;
  readonly disabled?: boolean | undefined;
}

// Inputs share the row with the field and operator pickers: they grow into the space left and shrink before wrapping.
const FILL = { flex: 1, minWidth: 140 } as const;

/** One value of the field's type: text, number, yes/no, a local date and time, or a pick from the field's options. */
export function ScalarValueInput({ field, value, onChange, label, error, suggestions, disabled }: ValueInputProps) {
  const common = { 'aria-label': label, error, disabled, size: 'sm' as const, style: FILL };
  const options = closedOptions(field, suggestions);
  if (options) {
    const current = typeof value === 'string' && value !== '' ? value : null;
    return <Select {...common} data={options} value={current} onChange={(next) => onChange(next ?? '')} placeholder="Choose a value" searchable allowDeselect={false} />;
  }
  switch (field.type) {
    case 'number':
      return <NumberInput {...common} value={typeof value === 'number' ? value : ''} onChange={(next) => onChange(typeof next === 'number' ? next : '')} placeholder="A number" />;
    case 'boolean':
      return (
        <SegmentedControl
          aria-label={label}
          disabled={disabled}
          size="sm"
          data={[
            { value: 'true', label: 'Yes' },
            { value: 'false', label: 'No' },
          ]}
          value={value === false ? 'false' : 'true'}
          onChange={(next) => onChange(next === 'true')}
        />
      );
    case 'datetime':
      // A native datetime-local input: @mantine/dates resolves a second @mantine/core in this
      // workspace (root 9.7.4, admin 9.7.3), so its pickers cannot see the app's MantineProvider.
      return (
        <TextInput
          {...common}
          type="datetime-local"
          style={{ flex: 1, minWidth: 200 }}
          title="Your local time"
          value={toLocalInputValue(value)}
          onChange={(event) => onChange(fromLocalInputValue(event.currentTarget.value))}
        />
      );
    default: {
      const text = typeof value === 'string' ? value : '';
      const data = openSuggestions(field, suggestions);
      if (data.length > 0) return <Autocomplete {...common} data={data} value={text} onChange={onChange} placeholder="Type a value" />;
      return <TextInput {...common} value={text} onChange={(event) => onChange(event.currentTarget.value)} placeholder="Type a value" />;
    }
  }
}
