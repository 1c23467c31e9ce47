import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { DraftAction } from '../adapters/draft-types';
import { TEST_CHOICES } from '../testing/rules-fixtures';
import { ActionListEditor } from './action-list-editor';

jest.setTimeout(20_000);

function Harness({ onChange, issues = [] }: { onChange: (actions: readonly DraftAction[]) => void; issues?: { code: 'INVALID_VALUE'; path: string; message: string }[] }) {
  const [actions, setActions] = useState<readonly DraftAction[]>([]);
  const change = (next: readonly DraftAction[]) => {
    setActions(next);
    onChange(next);
  };
  return <ActionListEditor actions={actions} onChange={change} issues={issues} basePath="rules[0].then" noun="Action" choices={TEST_CHOICES} emptyText="No actions" />;
}

async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  const combobox = screen.getByRole('combobox', { name: label });
  await user.click(combobox);
  const listbox = await waitFor(() => {
    const opened = document.getElementById(combobox.getAttribute('aria-controls') ?? '');
    if (!opened) throw new Error(`${label} did not open`);
    return opened;
  });
  await user.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

describe('ActionListEditor', () => {
  describe('when an action is added', () => {
    it('starts as an assign-to-team action whose team is picked from the workspace teams', async () => {
      const user = userEvent.setup();
      const onChange = jest.fn();
      renderWithProviders(<Harness onChange={onChange} />);

      await user.click(screen.getByRole('button', { name: 'Add action' }));
      expect(onChange).toHaveBeenLastCalledWith([{ type: 'assignTeam', teamId: '' }]);
      await pick(user, 'Action 1 team', 'Billing');

      expect(onChange).toHaveBeenLastCalledWith([{ type: 'assignTeam', teamId: 't-billing' }]);
    });

    it('switches to the inputs of another action type', async () => {
      const user = userEvent.setup();
      const onChange = jest.fn();
      renderWithProviders(<Harness onChange={onChange} />);

      await user.click(screen.getByRole('button', { name: 'Add action' }));
      await pick(user, 'Action 1 type', 'Set priority');

      expect(onChange).toHaveBeenLastCalledWith([{ type: 'setPriority', priority: 'normal' }]);
      expect(screen.getByRole('combobox', { name: 'Action 1 priority' })).toBeInTheDocument();
      expect(screen.queryByRole('combobox', { name: 'Action 1 team' })).not.toBeInTheDocument();
    });
  });

  describe('when an action has an issue', () => {
    it('shows it on the input it concerns', async () => {
      const user = userEvent.setup();
      renderWithProviders(<Harness onChange={() => undefined} issues={[{ code: 'INVALID_VALUE', path: 'rules[0].then[0].teamId', message: 'teamId must be a non-empty string' }]} />);

      await user.click(screen.getByRole('button', { name: 'Add action' }));

      expect(screen.getByRole('combobox', { name: 'Action 1 team' })).toHaveAccessibleDescription('Choose a team.');
    });
  });
});
