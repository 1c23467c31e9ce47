import { Select } from '@mantine/core';
import type { OperatorSelectorProps } from 'react-querybuilder';
import { conditionName } from '../../adapters/builder-labels';
import { issueMessage } from '../../adapters/issue-messages';
import { issuesFor, readBuilderContext } from './builder-context';

/** The condition's operator, limited to the ones its field's type allows (the builder's `getOperators`). */
export function OperatorSelector({ path, value, options, handleOnChange, context, className, disabled, field }: OperatorSelectorProps) {
  const builder = readBuilderContext(context);
  // getOperators returns a flat list; groups would only come from a caller that passed them.
  const data = (options as readonly { name: string; label: string }[]).map((o) => ({ value: o.name, label: o.label }));
  const noField = field === '';
  const issues = noField ? [] : issuesFor(builder, path, 'operator');
  return (
    <Select
      className={className}
      aria-label={`Operator of ${conditionName(path)}`}
      placeholder={noField ? 'Choose a field first' : 'Choose an operator'}
      data={data}
      value={value === undefined || value === '' ? null : value}
      onChange={(next) => next !== null && handleOnChange(next)}
      allowDeselect={false}
      disabled={disabled || noField}
      error={issues.map(({ issue }) => issueMessage(issue)).join(' ') || undefined}
      w={180}
      style={{ flexShrink: 0 }}
      size="sm"
    />
  );
}
