import { ActionIcon, Button, Group, SegmentedControl, Switch, Text, Tooltip } from '@mantine/core';
import { IconFolderPlus, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ActionProps, CombinatorSelectorProps, NotToggleProps } from 'react-querybuilder';
import { conditionName, groupName } from '../../adapters/builder-labels';

/** All / Any for a group: the domain's `all` and `any`. */
export function CombinatorSelector({ path, value, handleOnChange, className, disabled }: CombinatorSelectorProps) {
  return (
    <Group gap={6} className={className} wrap="nowrap">
      <Text size="sm" fw={500}>
        Match
      </Text>
      <SegmentedControl
        aria-label={`Combinator of ${groupName(path)}`}
        size="xs"
        data={[
          { value: 'and', label: 'All' },
          { value: 'or', label: 'Any' },
        ]}
        value={value === 'or' ? 'or' : 'and'}
        onChange={handleOnChange}
        disabled={disabled}
      />
      <Text size="sm" c="dimmed">
        of these
      </Text>
    </Group>
  );
}

/** NOT: the group (or its single condition) must not match. */
export function NotToggle({ path, checked, handleOnChange, className, disabled }: NotToggleProps) {
  return (
    <Switch
      className={className}
      label="NOT"
      aria-label={`NOT (negate ${groupName(path)})`}
      checked={checked === true}
      onChange={(event) => handleOnChange(event.currentTarget.checked)}
      disabled={disabled}
      color="red"
      size="sm"
    />
  );
}

/** Adds an empty condition to the group. */
export function AddConditionButton({ path, handleOnClick, className, disabled }: ActionProps) {
  return (
    <Button className={className} size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={(e) => handleOnClick(e)} disabled={disabled} aria-label={`Add condition to ${groupName(path)}`}>
      Add condition
    </Button>
  );
}

/** Adds a nested group (with one empty condition) to the group. */
export function AddGroupButton({ path, handleOnClick, className, disabled }: ActionProps) {
  return (
    <Button className={className} size="xs" variant="subtle" leftSection={<IconFolderPlus size={14} aria-hidden />} onClick={(e) => handleOnClick(e)} disabled={disabled} aria-label={`Add group to ${groupName(path)}`}>
      Add group
    </Button>
  );
}

function RemoveButton({ label, handleOnClick, className, disabled }: Pick<ActionProps, 'handleOnClick' | 'className' | 'disabled'> & { label: string }) {
  return (
    <Tooltip label={label}>
      <ActionIcon className={className} variant="subtle" color="red" onClick={(e) => handleOnClick(e)} disabled={disabled} aria-label={label}>
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

/** Removes a nested group. */
export const RemoveGroupButton = (props: ActionProps) => <RemoveButton {...props} label={`Remove ${groupName(props.path)}`} />;

/** Removes a condition. */
export const RemoveConditionButton = (props: ActionProps) => <RemoveButton {...props} label={`Remove ${conditionName(props.path)}`} />;
