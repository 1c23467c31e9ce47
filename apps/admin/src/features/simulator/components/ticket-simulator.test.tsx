import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SimulatorRoutingDocument, type SimulatorRoutingQueryVariables } from '../../../generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { referenceDataMock, refusedMock, REFUND_TRACE, routingMock, ruleSetsMock } from '../testing/simulator-fixtures';
import { TicketSimulator } from './ticket-simulator';

// Mantine's comboboxes and transitions are slow in jsdom when the machine is busy; these tests drive many of them.
jest.setTimeout(20_000);

// Pasting is instant; typing long messages key by key makes these tests slow under a loaded runner.
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

// Several selects share option names (two channel fields); pick from the listbox this one controls.
async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  const combobox = await screen.findByRole('combobox', { name: label });
  await user.click(combobox);
  const listbox = await waitFor(() => {
    const opened = document.getElementById(combobox.getAttribute('aria-controls') ?? '');
    if (!opened) throw new Error(`${label} did not open`);
    return opened;
  }, { timeout: 3000 });
  await user.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

describe('TicketSimulator', () => {
  describe('when the ticket is filled in and run', () => {
    it('sends the rule set in use, the published source and exactly the facts filled in', async () => {
      const user = userEvent.setup();
      let sent: SimulatorRoutingQueryVariables | undefined;
      renderWithProviders(<TicketSimulator />, { mocks: [referenceDataMock(), ruleSetsMock(), routingMock(REFUND_TRACE, (v) => (sent = v))] });

      await fill(user, await screen.findByRole('textbox', { name: 'Ticket subject' }), 'Refund for order 42');
      await pick(user, 'Ticket priority', 'High');
      await user.type(screen.getByRole('combobox', { name: 'Ticket tags' }), 'vip{Enter}');
      await pick(user, 'Conversation channel', 'Email');
      await fill(user, screen.getByRole('combobox', { name: 'Conversation language' }), 'fi');
      await pick(user, 'Contact tier', 'Enterprise');
      await fill(user, screen.getByRole('textbox', { name: 'Contact email domain' }), 'acme.com');
      await user.click(screen.getByRole('button', { name: 'Run simulation' }));

      expect(await screen.findByTestId('routing-result')).toBeInTheDocument();
      expect(sent).toEqual({
        input: {
          ruleSetId: 'rs-1',
          source: 'published',
          facts: {
            ticket: { subject: 'Refund for order 42', priority: 'high', tags: ['vip'] },
            conversation: { channel: 'email', language: 'fi' },
            contact: { tier: 'enterprise', emailDomain: 'acme.com' },
          },
        },
      });
      expect(screen.getByRole('article', { name: 'Rule 1: Refunds by email go to Billing' })).toHaveAttribute('data-status', 'matched');
    });
  });

  describe('when another rule set and the draft are picked', () => {
    it('sends them instead', async () => {
      const user = userEvent.setup();
      let sent: SimulatorRoutingQueryVariables | undefined;
      renderWithProviders(<TicketSimulator />, { mocks: [referenceDataMock(), ruleSetsMock(), routingMock(REFUND_TRACE, (v) => (sent = v))] });

      await pick(user, 'Rule set', 'Weekend routing (never published)');
      await user.click(screen.getByRole('button', { name: 'Run simulation' }));

      await screen.findByTestId('routing-result');
      expect(sent?.input).toEqual({ ruleSetId: 'rs-2', source: 'draft', facts: {} });
    });
  });

  describe('when the server refuses', () => {
    it('places its issue under the configuration switch, as text', async () => {
      const user = userEvent.setup();
      const refused = refusedMock(SimulatorRoutingDocument, 'Invalid input at input.source', {
        code: 'VALIDATION_FAILED',
        issues: [{ code: 'INVALID_VALUE', path: 'input.source', message: 'this rule set has never been published; simulate the draft' }],
      });
      renderWithProviders(<TicketSimulator />, { mocks: [referenceDataMock(), ruleSetsMock(), refused] });

      await pick(user, 'Rule set', 'Weekend routing (never published)');
      await user.click(screen.getByText('Published'));
      await user.click(screen.getByRole('button', { name: 'Run simulation' }));

      const alerts = await screen.findAllByRole('alert');
      expect(alerts.map((a) => a.textContent).join(' ')).toContain('The simulation could not run');
      const form = screen.getByRole('form', { name: 'Ticket to simulate' });
      expect(within(form).getByRole('alert')).toHaveTextContent('this rule set has never been published; simulate the draft');
    });
  });

  describe('when there are no rule sets', () => {
    it('says where to create one', async () => {
      renderWithProviders(<TicketSimulator />, { mocks: [referenceDataMock(), ruleSetsMock([])] });

      expect(await screen.findByText('There are no rule sets yet. Create one on the Routing rules screen, then simulate it here.')).toBeInTheDocument();
    });
  });
});
