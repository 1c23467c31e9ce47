import { createDefaultHandoffPolicy } from '@handoff/domain';
import { Notifications, notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../testing/render-with-providers';
import { SettingsPage } from './settings-page';
import { ROUTED_DOCUMENT } from './testing/policy-documents';
import { policyQueryMock, refusedSaveMock, saveMock, storedProblem } from './testing/settings-mocks';
import type { MockLink } from '@apollo/client/testing';

function renderPage(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  renderWithProviders(
    <>
      <Notifications />
      <SettingsPage />
    </>,
    { mocks, route: '/settings' },
  );
  return user;
}

const customTriggers = () => screen.getByRole('region', { name: 'Custom triggers' });

describe('SettingsPage', () => {
  // The notifications store outlives a render; start every test without the last one's toasts.
  afterEach(() => act(() => notifications.clean()));

  describe('when the policy loads', () => {
    it('shows its triggers, process, rule set and version', async () => {
      renderPage([policyQueryMock()]);
      expect(await screen.findByRole('textbox', { name: 'Phrase of trigger 1' })).toHaveValue('peruutus');
      expect(screen.getByRole('combobox', { name: 'Match mode of trigger 1' })).toHaveValue('prefix');
      expect(screen.getByRole('switch', { name: 'The agent is paused' })).toBeChecked();
      expect(screen.getByRole('radio', { name: 'Live handoff' })).toBeChecked();
      expect(screen.getByRole('radio', { name: 'Condition-based routing' })).toBeChecked();
      expect(screen.getByRole('combobox', { name: 'Rule set' })).toHaveValue('Aurora ticket routing · published version 1');
      expect(screen.getByText('Version 1')).toBeInTheDocument();
      expect(screen.getByText('All changes saved')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    });
  });

  describe('when the stored policy can’t be used (the API answers the default in effect and the problem)', () => {
    const DEFAULT_DOCUMENT = createDefaultHandoffPolicy({ teamIds: ['t-1'] });
    const PROBLEM = storedProblem(4, [
      { code: 'LIMIT_EXCEEDED', path: 'customTriggers[0].id', message: 'an id has at most 64 characters' },
      { code: 'LIMIT_EXCEEDED', path: 'messages.ticketUnassigned', message: 'at most 2000 characters' },
    ]);

    it('warns at the top with the version and each issue at its path, and shows the default policy', async () => {
      renderPage([policyQueryMock(4, DEFAULT_DOCUMENT, PROBLEM)]);

      const alert = await screen.findByRole('alert', { name: 'The saved handoff policy can’t be used' });
      expect(alert).toHaveTextContent('The stored policy (version 4) can’t be used because of:');
      expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'customTriggers[0].id: an id has at most 64 characters',
        'messages.ticketUnassigned: at most 2000 characters',
      ]);
      expect(alert).toHaveTextContent('Handoffs use the default policy meanwhile');
      expect(screen.getByRole('radio', { name: 'Same destination for everything' })).toBeChecked();
      expect(screen.queryByRole('textbox', { name: 'Phrase of trigger 1' })).not.toBeInTheDocument();
      expect(screen.getByText('Save to replace the stored policy')).toBeInTheDocument();
    });

    it('saves the policy in effect at the stored version without any edit, which replaces it and clears the warning', async () => {
      const seen = jest.fn();
      const user = renderPage([policyQueryMock(4, DEFAULT_DOCUMENT, PROBLEM), saveMock(seen, 5)]);
      const save = await screen.findByRole('button', { name: 'Save changes' });
      expect(save).toBeEnabled();

      await user.click(save);

      expect(await screen.findByText('Handoff settings saved as version 5.')).toBeInTheDocument();
      expect(seen).toHaveBeenCalledWith({ input: { expectedVersion: 4, policy: DEFAULT_DOCUMENT } });
      expect(screen.queryByRole('alert', { name: 'The saved handoff policy can’t be used' })).not.toBeInTheDocument();
      expect(screen.getByText('All changes saved')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    });
  });

  describe('when a built-in trigger is switched off and a custom trigger added, then saved', () => {
    it('sends the whole policy at the loaded version and shows the new version', async () => {
      const seen = jest.fn();
      const user = renderPage([policyQueryMock(), saveMock(seen)]);
      await user.click(await screen.findByRole('switch', { name: 'The agent is paused' }));
      await user.type(screen.getByRole('textbox', { name: 'New trigger phrase' }), 'refund please');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Match mode' }), 'phrase');
      await user.click(screen.getByRole('button', { name: 'Add trigger' }));
      expect(screen.getByRole('textbox', { name: 'Phrase of trigger 4' })).toHaveValue('refund please');
      expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Save changes' }));

      expect(await screen.findByText('Handoff settings saved as version 2.')).toBeInTheDocument();
      expect(seen).toHaveBeenCalledWith({
        input: {
          expectedVersion: 1,
          policy: {
            ...ROUTED_DOCUMENT,
            builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: false },
            customTriggers: [...ROUTED_DOCUMENT.customTriggers, { id: 'custom-1', phrase: 'refund please', mode: 'phrase' }],
          },
        },
      });
      expect(screen.getByText('Version 2')).toBeInTheDocument();
      expect(screen.getByText('All changes saved')).toBeInTheDocument();
    });
  });

  describe('when the server refuses the save with VALIDATION_FAILED', () => {
    it('shows each issue next to its field, not as JSON', async () => {
      const message = 'published version 1.rules[0].then[0]: condition-based routing is help desk only; it cannot send work to the inbox';
      const user = renderPage([
        policyQueryMock(),
        refusedSaveMock('Invalid input', { code: 'VALIDATION_FAILED', issues: [{ code: 'INVALID_POLICY', path: 'input.policy.assignment.ruleSetId', message }, { code: 'DUPLICATE_TRIGGER', path: 'input.policy.customTriggers[2].phrase', message: 'same phrase and mode as customTriggers[0]' }] }),
      ]);
      await user.click(await screen.findByRole('radio', { name: 'Asynchronous handoff' }));
      await user.click(screen.getByRole('button', { name: 'Save changes' }));

      // The combobox is there before the answer is: wait for the answer, then look at the fields.
      expect(await screen.findByText('The server found 2 problems; each is shown next to its field.')).toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: 'Rule set' })).toHaveAccessibleDescription(expect.stringContaining('Published version 1, rule 1, action 1: condition-based routing is help desk only'));
      expect(screen.getByRole('textbox', { name: 'Phrase of trigger 3' })).toHaveAccessibleDescription('Same phrase and mode as trigger 1');
      expect(screen.queryByText(/"code"|\{/)).not.toBeInTheDocument();
    });
  });

  describe('when someone else saved first (CONFLICT)', () => {
    it('offers a reload that loads their version', async () => {
      const theirs = { ...ROUTED_DOCUMENT, process: 'async' };
      const user = renderPage([policyQueryMock(), refusedSaveMock('changed by someone else', { code: 'CONFLICT', currentVersion: 5 }), policyQueryMock(5, theirs)]);
      await user.click(await screen.findByRole('radio', { name: 'No handoff' }));
      await user.click(screen.getByRole('button', { name: 'Save changes' }));

      const alert = await screen.findByRole('alert', { name: /Someone else saved these settings/ });
      expect(alert).toHaveTextContent('Version 5 was saved after you opened this page.');
      await user.click(within(alert).getByRole('button', { name: 'Reload latest version' }));

      expect(await screen.findByText('Version 5')).toBeInTheDocument();
      expect(screen.getByRole('radio', { name: 'Asynchronous handoff' })).toBeChecked();
      expect(screen.queryByRole('alert', { name: /Someone else saved/ })).not.toBeInTheDocument();
      expect(screen.getByText('All changes saved')).toBeInTheDocument();
    });
  });

  describe('when the process changes', () => {
    it('shows only the messages that process uses, and the unassigned choice only for live', async () => {
      const user = renderPage([policyQueryMock()]);
      const messages = await screen.findByRole('region', { name: 'Visitor messages' });
      expect(within(messages).getAllByRole('textbox')).toHaveLength(3);
      expect(screen.getByRole('region', { name: 'Unassigned tickets' })).toBeInTheDocument();

      await user.click(screen.getByRole('radio', { name: 'No handoff' }));
      expect(within(messages).queryAllByRole('textbox')).toHaveLength(0);
      expect(within(messages).getByText(/no handoff messages are shown/)).toBeInTheDocument();

      await user.click(screen.getByRole('radio', { name: 'Asynchronous handoff' }));
      expect(within(messages).getByRole('textbox', { name: 'When the team is not available' })).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Unassigned tickets' })).not.toBeInTheDocument();
    });
  });

  describe('when a custom phrase is emptied', () => {
    it('flags it at once, before any save, and Save sends nothing', async () => {
      const user = renderPage([policyQueryMock()]);
      const phrase = await screen.findByRole('textbox', { name: 'Phrase of trigger 2' });
      await user.clear(phrase);
      expect(phrase).toHaveAttribute('aria-invalid', 'true');
      expect(phrase).toHaveAccessibleDescription(/nothing to match/);
      expect(screen.getByText('1 problem to fix')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      // No mutation is mocked: had one been sent, the "not saved" alert would show.
      expect(screen.queryByRole('alert', { name: 'The settings were not saved' })).not.toBeInTheDocument();
      expect(screen.queryByText(/saved as version/)).not.toBeInTheDocument();
      expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
      await waitFor(() => expect(phrase).toHaveFocus());
    });
  });

  describe('when adding a trigger that is empty or already there', () => {
    it('refuses it with the domain’s reason under the new phrase box', async () => {
      const user = renderPage([policyQueryMock()]);
      await user.click(await screen.findByRole('button', { name: 'Add trigger' }));
      expect(screen.getByRole('textbox', { name: 'New trigger phrase' })).toHaveAccessibleDescription(/nothing to match/);
      await user.type(screen.getByRole('textbox', { name: 'New trigger phrase' }), 'Refund{Enter}');
      expect(screen.getByRole('textbox', { name: 'New trigger phrase' })).toHaveAccessibleDescription('Same phrase and mode as trigger 3');
      expect(within(customTriggers()).queryByRole('textbox', { name: 'Phrase of trigger 4' })).not.toBeInTheDocument();
    });
  });

  describe('when edits are discarded', () => {
    it('puts back what was loaded', async () => {
      const user = renderPage([policyQueryMock()]);
      await user.click(await screen.findByRole('button', { name: 'Delete trigger 1' }));
      expect(screen.getByRole('textbox', { name: 'Phrase of trigger 1' })).toHaveValue('hyvitys');
      await user.click(screen.getByRole('button', { name: 'Discard changes' }));
      expect(screen.getByRole('textbox', { name: 'Phrase of trigger 1' })).toHaveValue('peruutus');
      expect(screen.getByText('All changes saved')).toBeInTheDocument();
    });
  });
});
