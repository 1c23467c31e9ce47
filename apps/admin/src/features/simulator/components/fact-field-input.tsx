import { Autocomplete, NumberInput, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { FactValue } from '../adapters/fact-value';
import { LANGUAGE_SUGGESTIONS, toOptions } from '../adapters/option-labels';
import { DateTimeInput } from './date-time-input';

/** A routable field from the workspace's catalogue. */
export interface FactField {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly options: readonly string[] | null;
  readonly valueSource: string | null;
}

// Free text that is usually longer than a line.
const MULTILINE = new Set(['ticket.description', 'conversation.messageText']);

const asText = (value: FactValue | undefined): string => (typeof value === 'string' ? value : '');
const asList = (value: FactValue | undefined): string[] => (Array.isArray(value) ? [...value] : []);

/** One input for one catalogue field, shaped by its type; clearing it means "not set". */
export function FactFieldInput({ field, value, onChange }: { field: FactField; value: FactValue | undefined; onChange: (value: FactValue) => void }) {
  const common = { label: field.label };
  switch (field.type) {
    case 'enum':
      return <Select {...common} data={toOptions(field.options ?? [])} value={asText(value) || null} onChange={(v) => onChange(v)} clearable placeholder="Not set" />;
    case 'stringList':
      return <TagsInput {...common} value={asList(value)} onChange={onChange} placeholder="Type and press Enter" clearable />;
    case 'number':
      return <NumberInput {...common} value={typeof value === 'number' ? value : ''} onChange={(v) => onChange(typeof v === 'number' ? v : null)} placeholder="Not set" />;
    case 'boolean':
      return (
        <Select
          {...common}
          data={[
            { value: 'true', label: 'Yes' },
            { value: 'false', label: 'No' },
          ]}
          value={typeof value === 'boolean' ? String(value) : null}
          onChange={(v) => onChange(v === null ? null : v === 'true')}
          clearable
          placeholder="Not set"
        />
      );
    case 'datetime':
      return <DateTimeInput {...common} value={asText(value) || null} onChange={onChange} />;
    default:
      if (MULTILINE.has(field.id)) return <Textarea {...common} value={asText(value)} onChange={(e) => onChange(e.currentTarget.value)} autosize minRows={2} maxRows={6} />;
      if (field.valueSource === 'languages') {
        return <Autocomplete {...common} data={LANGUAGE_SUGGESTIONS} value={asText(value)} onChange={onChange} placeholder="e.g. fi or en-GB" />;
      }
      return <TextInput {...common} value={asText(value)} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
