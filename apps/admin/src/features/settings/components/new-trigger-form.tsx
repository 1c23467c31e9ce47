import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import type { PhraseMatchMode } from '@handoff/domain';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useRef, useState, type Dispatch, type FormEvent } from 'react';
import { errorText } from '../adapters/issue-places';
import type { PolicyEditorAction } from '../adapters/policy-editor';
import { nextTriggerId, type PolicyForm } from '../adapters/policy-form';
import { validateNewTrigger } from '../adapters/validate-policy-form';
import { MATCH_MODE_OPTIONS } from './custom-trigger-row';

/** Adds a custom trigger once the domain accepts it next to the others (no empties, no duplicates). */
export function NewTriggerForm({ form, dispatch }: { form: PolicyForm; dispatch: Dispatch<PolicyEditorAction> }) {
  const [phrase, setPhrase] = useState('');
  const [mode, setMode] = useState<PhraseMatchMode>('word');
  const [tried, setTried] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const issues = useMemo(
    () => validateNewTrigger(form, { id: nextTriggerId(form.customTriggers), phrase, mode, ignoreAccents: false }),
    [form, phrase, mode],
  );
  // Say nothing about an empty box until the admin tries to add it.
  const shown = phrase === '' && !tried ? [] : issues;

  const add = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (issues.length > 0) return;
    dispatch({ type: 'addTrigger', trigger: { phrase, mode, ignoreAccents: false } });
    setPhrase('');
    setTried(false);
    input.current?.focus();
  };

  return (
    // A form of its own, so Enter in the phrase box adds the trigger.
    <form onSubmit={add} aria-label="Add a custom trigger">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          ref={input}
          label="New trigger phrase"
          placeholder="e.g. refund, cancel my order"
          value={phrase}
          onChange={(e) => setPhrase(e.currentTarget.value)}
          error={errorText(shown.filter((i) => i.path !== 'newTrigger.mode'))}
          style={{ flex: '1 1 240px' }}
        />
        <NativeSelect
          label="Match mode"
          data={MATCH_MODE_OPTIONS}
          value={mode}
          onChange={(e) => setMode(e.currentTarget.value as PhraseMatchMode)}
          error={errorText(shown.filter((i) => i.path === 'newTrigger.mode'))}
          style={{ flex: '0 1 240px' }}
        />
        <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />} mt={25}>
          Add trigger
        </Button>
      </Group>
    </form>
  );
}
