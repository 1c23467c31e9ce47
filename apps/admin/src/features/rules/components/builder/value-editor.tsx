import { Group, Text, TextInput } from '@mantine/core';
import { update, type ValueEditorProps } from 'react-querybuilder';
import { conditionName } from '../../adapters/builder-labels';
import type { BuilderRule } from '../../adapters/condition-adapter';
import { canFoldText, operatorOf } from '../../adapters/condition-values';
import { issueMessage, valueAtPath } from '../../adapters/issue-messages';
import { issuesFor, readBuilderContext, type PlacedIssue } from './builder-context';
import { FoldingToggles } from './folding-toggles';
import { ListValueInput } from './list-value-input';
import { RangeValueInput } from './range-value-input';
import { ScalarValueInput } from './scalar-value-input';

// "Item 2: expected a finite number" for list items, the plain message otherwise.
function messages(issues: readonly PlacedIssue[], rule: BuilderRule, emptyHint: string, itemWord?: string): string | undefined {
  const texts = issues.map(({ issue, rest }) => {
    const item = /^value\[(\d+)\]/.exec(rest);
    const message = issueMessage(issue, valueAtPath(rule, rest), emptyHint);
    return `${itemWord && item ? `${itemWord} ${Number(item[1]) + 1}: ` : ''}${message}`;
  });
  return texts.join(' ') || undefined;
}

const EMPTY_HINTS: Partial<Record<string, string>> = { number: 'Enter a number.', enum: 'Choose a value.', datetime: 'Pick a date and time.' };

/** The condition's value, edited the way its field type and operator's value shape need; plus the text folding toggles. */
export function ValueEditor(props: ValueEditorProps) {
  const { path, context, handleOnChange, disabled, schema, className } = props;
  const builder = readBuilderContext(context);
  const rule: BuilderRule = props.rule;
  const field = builder.catalogue.byId.get(props.field);
  const operator = operatorOf(field, props.operator);
  if (field === undefined || operator === undefined || operator.valueShape === 'none') return null;
  const name = conditionName(path);
  // Folding is moot for options picked from a list, so enum conditions show the toggles only when already set.
  const folding = canFoldText(field, operator.id) && (field.type !== 'enum' || rule.ignoreCase !== undefined || rule.ignoreAccents !== undefined);
  const issues = issuesFor(builder, path, 'value');
  const hint = EMPTY_HINTS[field.type] ?? 'Enter a value.';
  const shared = { field, value: props.value as unknown, onChange: handleOnChange, suggestions: builder.suggestions, disabled };
  const toggle = (flag: 'ignoreCase' | 'ignoreAccents', on: boolean) =>
    // Unchecked means "not set" rather than false, keeping the condition minimal.
    schema.dispatchQuery(update(schema.getQuery(), flag, on ? true : undefined, path));
  return (
    <Group className={className} gap="xs" align="flex-start" wrap="nowrap" style={{ flex: '1 1 200px', minWidth: 0 }}>
      {operator.valueShape === 'range' ? (
        <RangeValueInput
          {...shared}
          name={name}
          lowError={messages(issues.filter((i) => i.rest === 'value[0]'), rule, hint)}
          highError={messages(issues.filter((i) => i.rest !== 'value[0]'), rule, hint)}
        />
      ) : operator.valueShape === 'list' ? (
        <ListValueInput {...shared} label={`Value of ${name}`} error={messages(issues, rule, hint, 'Item')} />
      ) : operator.valueShape === 'pattern' ? (
        <TextInput
          aria-label={`Value of ${name}`}
          leftSection={<Text size="sm" c="dimmed" ff="monospace" aria-hidden>/</Text>}
          rightSection={<Text size="sm" c="dimmed" ff="monospace" aria-hidden>/</Text>}
          value={typeof props.value === 'string' ? props.value : ''}
          onChange={(event) => handleOnChange(event.currentTarget.value)}
          error={messages(issues, rule, hint)}
          disabled={disabled}
          placeholder="regular expression"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          style={{ flex: 1, minWidth: 140 }}
        />
      ) : (
        <ScalarValueInput {...shared} label={`Value of ${name}`} error={messages(issues, rule, hint)} />
      )}
      {folding && <FoldingToggles name={name} ignoreCase={rule.ignoreCase === true} ignoreAccents={rule.ignoreAccents === true} onToggle={toggle} disabled={disabled} />}
    </Group>
  );
}
