import { MultiSelect, TagsInput } from '@mantine/core';
import type { ValueInputProps } from './scalar-value-input';
import { closedOptions, openSuggestions } from './value-options';

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

// Numbers typed as tags become numbers; anything else stays text so parseRuleSet can point at it.
const fromTag = (tag: string, numeric: boolean): string | number => {
  const number = Number(tag);
  return numeric && tag.trim() !== '' && Number.isFinite(number) ? number : tag;
};

/** Several values: a multi-select over the field's options, or free tags (with suggestions) otherwise. */
export function ListValueInput({ field, value, onChange, label, error, suggestions, disabled }: ValueInputProps) {
  const common = { 'aria-label': label, error, disabled, size: 'sm' as const, style: { flex: 1, minWidth: 180 } };
  const items = asList(value);
  const options = closedOptions(field, suggestions);
  if (options) {
    const selected = items.filter((item): item is string => typeof item === 'string');
    return <MultiSelect {...common} data={options} value={selected} onChange={onChange} placeholder={selected.length ? undefined : 'Choose values'} searchable />;
  }
  const numeric = field.type === 'number';
  return (
    <TagsInput
      {...common}
      data={openSuggestions(field, suggestions)}
      value={items.map(String)}
      onChange={(tags) => onChange(tags.map((tag) => fromTag(tag, numeric)))}
      placeholder={items.length ? undefined : 'Type and press Enter'}
      splitChars={[',']}
    />
  );
}
