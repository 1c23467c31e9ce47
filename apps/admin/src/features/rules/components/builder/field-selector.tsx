import { Select } from '@mantine/core';
import type { FieldSelectorProps } from 'react-querybuilder';
import { conditionName } from '../../adapters/builder-labels';
import { entityLabel, type EditorField } from '../../adapters/editor-catalogue';
import { issueMessage } from '../../adapters/issue-messages';
import { readBuilderContext } from './builder-context';

interface FieldGroup {
  group: string;
  items: { value: string; label: string }[];
}

/** Fields grouped by the record they are read from, as the API's catalogue lists them. */
export function groupFields(fields: readonly EditorField[], current: string): FieldGroup[] {
  const groups = new Map<string, FieldGroup>();
  for (const field of fields) {
    const label = entityLabel(field.entity);
    const group = groups.get(label) ?? { group: label, items: [] };
    group.items.push({ value: field.id, label: field.label });
    groups.set(label, group);
  }
  // A stored rule may name a field the workspace no longer has; show it rather than a blank picker.
  if (current !== '' && !fields.some((f) => f.id === current)) groups.set('Unknown', { group: 'Unknown', items: [{ value: current, label: current }] });
  return [...groups.values()];
}

/** The condition's field: a searchable picker over the API's field catalogue. */
export function FieldSelector({ path, value, handleOnChange, context, className, disabled }: FieldSelectorProps) {
  const builder = readBuilderContext(context);
  const current = value ?? '';
  // Issues on the condition as a whole are shown here too: this is the row's first control.
  const fieldIssues = builder.issuesAt(path).filter(({ rest }) => !/^(operator|value|ignoreCase|ignoreAccents)/.test(rest));
  return (
    <Select
      className={className}
      aria-label={`Field of ${conditionName(path)}`}
      placeholder="Choose a field"
      data={groupFields(builder.catalogue.fields, current)}
      value={current === '' ? null : current}
      onChange={(next) => next !== null && handleOnChange(next)}
      searchable
      allowDeselect={false}
      disabled={disabled}
      error={fieldIssues.map(({ issue }) => issueMessage(issue)).join(' ') || undefined}
      w={210}
      style={{ flexShrink: 0 }}
      size="sm"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
