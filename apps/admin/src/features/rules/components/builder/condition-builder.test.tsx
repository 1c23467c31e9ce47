import { parseRuleSet } from '@handoff/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../../testing/render-with-providers';
import type { DraftNode } from '../../adapters/draft-types';
import { TEST_CATALOGUE, testSuggestions } from '../../testing/rules-fixtures';
import { ConditionBuilder } from './condition-builder';

jest.setTimeout(20_000);

const suggestions = testSuggestions();

/** The builder as the editor uses it: the rule's `when` in state, validated by parseRuleSet on every change. */
function Harness({ initial, onChange }: { initial: DraftNode; onChange?: (when: DraftNode) => void }) {
  const [when, setWhen] = useState(initial);
  const parsed = parseRuleSet({ formatVersion: 1, hitPolicy: 'firstMatch', rules: [{ id: 'r', name: 'R', enabled: true, when, then: [] }], fallback: [] });
  const change = (next: DraftNode) => {
    setWhen(next);
    onChange?.(next);
  };
  return <ConditionBuilder when={when} onChange={change} issues={parsed.ok ? [] : parsed.error} basePath="rules[0].when" catalogue={TEST_CATALOGUE} suggestions={suggestions} />;
}

async function openOptions(user: ReturnType<typeof userEvent.setup>, label: string): Promise<HTMLElement> {
  const combobox = screen.getByRole('combobox', { name: label });
  await user.click(combobox);
  return waitFor(() => {
    const listbox = document.getElementById(combobox.getAttribute('aria-controls') ?? '');
    if (!listbox) throw new Error(`${label} did not open`);
    return listbox;
  });
}

async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  const listbox = await openOptions(user, label);
  await user.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

const optionNames = (listbox: HTMLElement) => within(listbox).getAllByRole('option', { hidden: true }).map((o) => o.textContent);

describe('ConditionBuilder', () => {
  describe('when a condition is added and its field chosen', () => {
    it('asks for a field first, then offers only the operators that field type allows', async () => {
      const user = userEvent.setup();
      const onChange = jest.fn();
      renderWithProviders(<Harness initial={{ all: [] }} onChange={onChange} />);

      await user.click(screen.getByRole('button', { name: 'Add condition to root group' }));
      expect(screen.getByRole('combobox', { name: 'Operator of condition 1' })).toBeDisabled();
      expect(screen.getByText('Choose a field.')).toBeInTheDocument();

      await pick(user, 'Field of condition 1', 'Contact tier');
      const operators = optionNames(await openOptions(user, 'Operator of condition 1'));
      expect(operators).toEqual(['is', 'is not', 'is one of', 'is none of', 'is set', 'is not set']);
      expect(onChange).toHaveBeenLastCalledWith({ all: [{ field: 'contact.tier', operator: 'equals', value: '' }] });
    });

    it('keeps a typed value when the operator changes to a list', async () => {
      const user = userEvent.setup();
      const onChange = jest.fn();
      renderWithProviders(<Harness initial={{ all: [{ field: 'conversation.messageText', operator: 'contains', value: 'refund' }] }} onChange={onChange} />);

      await pick(user, 'Operator of condition 1', 'is one of');

      expect(onChange).toHaveBeenLastCalledWith({ all: [{ field: 'conversation.messageText', operator: 'in', value: ['refund'] }] });
    });
  });

  describe('when parseRuleSet reports an issue', () => {
    it('shows it on the value of the condition it points at, inside its nested group', () => {
      renderWithProviders(
        <Harness initial={{ all: [{ field: 'conversation.channel', operator: 'equals', value: 'email' }, { any: [{ field: 'conversation.messageText', operator: 'matches', value: 'refund(' }] }] }} />,
      );

      const value = screen.getByRole('textbox', { name: 'Value of condition 2.1' });
      expect(value).toHaveAttribute('aria-invalid', 'true');
      expect(value).toHaveAccessibleDescription(/Unbalanced parenthesis/);
      expect(screen.getByRole('combobox', { name: 'Value of condition 1' })).not.toHaveAttribute('aria-invalid', 'true');
    });

    it('clears it once the value is fixed', async () => {
      const user = userEvent.setup();
      renderWithProviders(<Harness initial={{ field: 'conversation.messageText', operator: 'matches', value: 'refund(' }} />);

      await user.type(screen.getByRole('textbox', { name: 'Value of condition 1' }), ')');

      expect(screen.getByRole('textbox', { name: 'Value of condition 1' })).not.toHaveAttribute('aria-invalid', 'true');
    });

    it('says an empty group needs a condition', () => {
      renderWithProviders(<Harness initial={{ all: [{ field: 'contact.company', operator: 'isSet' }, { any: [] }] }} />);
      expect(screen.getByText('Add at least one condition.')).toBeInTheDocument();
    });
  });

  describe('when groups, NOT and folding are used', () => {
    it('builds nested groups with their own combinator', async () => {
      const user = userEvent.setup();
      const onChange = jest.fn();
      renderWithProviders(<Harness initial={{ field: 'conversation.channel', operator: 'equals', value: 'email' }} onChange={onChange} />);

      await user.click(screen.getByRole('button', { name: 'Add group to root group' }));
      await user.click(within(screen.getByRole('radiogroup', { name: 'Combinator of group 2' })).getByText('Any'));

      expect(onChange).toHaveBeenLastCalledWith({ all: [{ field: 'conversation.channel', operator: 'equals', value: 'email' }, { any: [{ field: '', operator: '' }] }] });
    });

    it('negates a single condition with the NOT toggle', async () => {
      const user = userEvent.setup();
      const onChange = jest.fn();
      renderWithProviders(<Harness initial={{ field: 'conversation.channel', operator: 'equals', value: 'email' }} onChange={onChange} />);

      await user.click(screen.getByRole('switch', { name: 'NOT (negate root group)' }));

      expect(onChange).toHaveBeenLastCalledWith({ not: { field: 'conversation.channel', operator: 'equals', value: 'email' } });
    });

    it('turns ignore case on and off for a text condition', async () => {
      const user = userEvent.setup();
      const onChange = jest.fn();
      renderWithProviders(<Harness initial={{ field: 'conversation.messageText', operator: 'contains', value: 'refund' }} onChange={onChange} />);

      await user.click(screen.getByRole('button', { name: 'Ignore case in condition 1' }));
      expect(onChange).toHaveBeenLastCalledWith({ field: 'conversation.messageText', operator: 'contains', value: 'refund', ignoreCase: true });
      await user.click(screen.getByRole('button', { name: 'Ignore case in condition 1' }));
      expect(onChange).toHaveBeenLastCalledWith({ field: 'conversation.messageText', operator: 'contains', value: 'refund' });
    });
  });
});
