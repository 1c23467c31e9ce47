import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../../components/query-state';
import { RulesCreateFromTemplateDocument, RulesCreateRuleSetDocument, RulesRuleSetsDocument } from '../../../generated/graphql';
import { readApiError } from '../../../lib/errors/read-api-error';

/** Props of the "new rule set" dialog. */
export interface NewRuleSetModalProps {
  readonly mode: 'blank' | 'template' | null;
  readonly templates: readonly { id: string; name: string; description: string }[];
  readonly onClose: () => void;
  readonly onCreated: (id: string) => void;
}

/** Names a new rule set, empty or from a template (whose placeholder actions the admin then edits). */
export function NewRuleSetModal({ mode, templates, onClose, onCreated }: NewRuleSetModalProps) {
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState<string | null>(templates[0]?.id ?? null);
  const options = { refetchQueries: [RulesRuleSetsDocument] };
  const [createBlank, blank] = useMutation(RulesCreateRuleSetDocument, options);
  const [createFromTemplate, fromTemplate] = useMutation(RulesCreateFromTemplateDocument, options);
  const error = blank.error ?? fromTemplate.error;
  const nameIssue = error ? readApiError(error).issues.find((i) => i.path === 'input.name') : undefined;
  const template = templates.find((t) => t.id === templateId);

  const close = () => {
    blank.reset();
    fromTemplate.reset();
    setName('');
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim() || template?.name || '';
    try {
      if (mode === 'template' && templateId) {
        const { data } = await createFromTemplate({ variables: { input: { name: trimmed, templateId } } });
        if (data) onCreated(data.createRuleSetFromTemplate.ruleSet.id);
      } else {
        const { data } = await createBlank({ variables: { input: { name: trimmed } } });
        if (data) onCreated(data.createRuleSet.ruleSet.id);
      }
      close();
    } catch {
      // Shown in the form from the mutation's `error`.
    }
  };

  return (
    <Modal opened={mode !== null} onClose={close} title={mode === 'template' ? 'New rule set from a template' : 'New rule set'} centered>
      <form onSubmit={submit}>
        <Stack>
          {mode === 'template' && (
            <>
              <Select label="Template" data={templates.map((t) => ({ value: t.id, label: t.name }))} value={templateId} onChange={setTemplateId} allowDeselect={false} />
              {template && (
                <Text size="sm" c="dimmed">
                  {template.description}
                </Text>
              )}
            </>
          )}
          <TextInput
            label="Name"
            placeholder={mode === 'template' ? template?.name : 'e.g. Help desk routing'}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required={mode !== 'template'}
            error={nameIssue?.message}
            data-autofocus
          />
          {error && !nameIssue && <ErrorNotice error={error} title="Could not create the rule set" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={blank.loading || fromTemplate.loading} disabled={mode === 'blank' && name.trim() === ''}>
              Create
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
