import { ActionIcon, Checkbox, NativeSelect, Table, TextInput, Tooltip } from '@mantine/core';
import { PHRASE_MATCH_MODES, type PhraseMatchMode } from '@handoff/domain';
import { IconTrash } from '@tabler/icons-react';
import type { Dispatch } from 'react';
import { errorText, isUnder, type PathIssue } from '../adapters/issue-places';
import { MATCH_MODE_LABELS } from '../adapters/labels';
import type { PolicyEditorAction } from '../adapters/policy-editor';
import type { TriggerRow } from '../adapters/policy-form';

export const MATCH_MODE_OPTIONS = PHRASE_MATCH_MODES.map((mode) => ({ value: mode, label: MATCH_MODE_LABELS[mode] }));

/** One custom trigger, editable in place; its issues (live or from the server) sit under its fields. */
export function CustomTriggerRow({ trigger, index, issues, dispatch }: { trigger: TriggerRow; index: number; issues: readonly PathIssue[]; dispatch: Dispatch<PolicyEditorAction> }) {
  const at = `customTriggers[${index}]`;
  const modeIssues = issues.filter((i) => isUnder(i.path, `${at}.mode`));
  // Id, shape and duplicate issues concern the row as a whole; the phrase is where the admin fixes them.
  const phraseIssues = issues.filter((i) => isUnder(i.path, at) && !isUnder(i.path, `${at}.mode`));
  const n = index + 1;
  const update = (patch: Partial<Omit<TriggerRow, 'id'>>) => dispatch({ type: 'updateTrigger', index, patch });
  return (
    // Top-aligned, so an error under one field does not shift the others.
    <Table.Tr style={{ verticalAlign: 'top' }}>
      <Table.Td>
        <TextInput aria-label={`Phrase of trigger ${n}`} value={trigger.phrase} onChange={(e) => update({ phrase: e.currentTarget.value })} error={errorText(phraseIssues)} />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={`Match mode of trigger ${n}`}
          data={MATCH_MODE_OPTIONS}
          value={trigger.mode}
          onChange={(e) => update({ mode: e.currentTarget.value as PhraseMatchMode })}
          error={errorText(modeIssues)}
        />
      </Table.Td>
      <Table.Td>
        <Checkbox mt={8} aria-label={`Ignore accents in trigger ${n}`} checked={trigger.ignoreAccents} onChange={(e) => update({ ignoreAccents: e.currentTarget.checked })} />
      </Table.Td>
      <Table.Td>
        <Tooltip label="Delete trigger">
          <ActionIcon mt={4} variant="subtle" color="red" aria-label={`Delete trigger ${n}`} onClick={() => dispatch({ type: 'removeTrigger', index })}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}
