import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { RulesDeleteRuleSetDocument, RulesRuleSetsDocument } from '../../../generated/graphql';
import { readApiError } from '../../../lib/errors/read-api-error';

/** Props of the delete confirmation. */
export interface DeleteRuleSetModalProps {
  readonly opened: boolean;
  readonly ruleSet: { readonly id: string; readonly name: string };
  readonly onClose: () => void;
  readonly onDeleted: () => void;
}

/** Confirms deleting a rule set with all its versions; the API refuses while the handoff policy routes with it. */
export function DeleteRuleSetModal({ opened, ruleSet, onClose, onDeleted }: DeleteRuleSetModalProps) {
  const [remove, { loading, error, reset }] = useMutation(RulesDeleteRuleSetDocument, { refetchQueries: [RulesRuleSetsDocument] });
  const view = error ? readApiError(error) : null;
  const close = () => {
    reset();
    onClose();
  };
  const confirm = async () => {
    try {
      await remove({ variables: { input: { id: ruleSet.id } } });
      notifications.show({ title: 'Rule set deleted', message: `${ruleSet.name} and its versions are gone.` });
      reset();
      onDeleted();
    } catch {
      // Shown below from the mutation's `error`.
    }
  };
  return (
    <Modal opened={opened} onClose={close} title="Delete rule set?" centered>
      <Stack>
        <Text size="sm">“{ruleSet.name}”, its draft and every published version will be deleted. This cannot be undone.</Text>
        {view && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="Could not delete" role="alert">
            {view.issues.length > 0
              ? view.issues.map((i) => (
                  <Text size="sm" key={i.code}>
                    {i.message.charAt(0).toUpperCase() + i.message.slice(1)}.
                  </Text>
                ))
              : view.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={loading}>
            Delete rule set
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
