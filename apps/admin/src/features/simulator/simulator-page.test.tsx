import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SimulatorHandoffDocument, type SimulatorHandoffQueryVariables } from '../../generated/graphql';
import { renderWithProviders } from '../../testing/render-with-providers';
import { SimulatorPage } from './simulator-page';
import { handoffMock, referenceDataMock, refusedMock, REFUND_SIMULATION, ruleSetsMock } from './testing/simulator-fixtures';

const baseMocks = () => [referenceDataMock(), ruleSetsMock()];

// Mantine's comboboxes and transitions are slow in jsdom when the machine is busy; these tests drive many of them.
jest.setTimeout(20_000);

// Pasting is instant; typing long messages key by key makes these tests slow under a loaded runner.
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

describe('SimulatorPage', () => {
  describe('before the first run', () => {
    it('invites the admin to run a simulation', () => {
      renderWithProviders(<SimulatorPage />, { mocks: baseMocks() });

      expect(screen.getByRole('tab', { name: 'Visitor message' })).toHaveAttribute('aria-selected', 'true');
      expect(screen.getByText('No simulation yet')).toBeInTheDocument();
    });
  });

  describe('when a visitor message is run', () => {
    it('sends the message as typed and shows the decision, the trigger highlights, the assignee and the visitor’s reply', async () => {
      const user = userEvent.setup();
      let sent: SimulatorHandoffQueryVariables | undefined;
      renderWithProviders(<SimulatorPage />, { mocks: [...baseMocks(), handoffMock(REFUND_SIMULATION, (v) => (sent = v))] });

      await fill(user, screen.getByRole('textbox', { name: 'Visitor message' }), 'I want to talk to a human about a refund');
      await user.click(screen.getByRole('combobox', { name: 'Channel' }));
      await user.click(await screen.findByRole('option', { name: 'Email', hidden: true }));
      await fill(user, screen.getByRole('textbox', { name: 'Contact email' }), 'maria@acme.com');
      await user.click(screen.getByText('Draft'));
      await user.click(screen.getByRole('button', { name: 'Run simulation' }));

      const decision = await screen.findByRole('region', { name: 'Handed off to a person' });
      expect(sent?.input).toEqual({
        text: 'I want to talk to a human about a refund',
        channel: 'email',
        contact: { email: 'maria@acme.com' },
        signals: [],
        ruleSetSource: 'draft',
      });
      expect(within(decision).getByText('The visitor asked to talk to a person.')).toBeInTheDocument();
      expect(screen.getAllByTestId('trigger-highlight').map((m) => m.textContent)).toEqual(['talk to a human', 'refund']);
      expect(screen.getByTestId('assignee')).toHaveTextContent('Priya Nair');
      expect(screen.getByText('Picked by round robin from Billing.')).toBeInTheDocument();
      expect(screen.getByTestId('visitor-message')).toHaveTextContent('Connecting you with a member of our team.');
      expect(screen.getByRole('article', { name: 'Rule 1: Refunds by email go to Billing' })).toHaveAttribute('data-status', 'matched');
    });
  });

  describe('when nobody can take the handoff', () => {
    it('lists who was passed over and why, in words', async () => {
      const user = userEvent.setup();
      const unassigned = {
        ...REFUND_SIMULATION,
        conversationStatus: 'unassigned',
        ticket: REFUND_SIMULATION.ticket && { ...REFUND_SIMULATION.ticket, owner: null },
        assignment: {
          status: 'unassigned',
          cause: 'nobodyAvailable',
          strategy: null,
          skipped: [
            { reason: 'offline', user: { id: 'u-olga', name: 'Olga Ivanova' } },
            { reason: 'outsideHours', user: { id: 'u-aino', name: 'Aino Virtanen' } },
          ],
        },
      };
      renderWithProviders(<SimulatorPage />, { mocks: [...baseMocks(), handoffMock(unassigned)] });

      await fill(user, screen.getByRole('textbox', { name: 'Visitor message' }), 'I want to talk to a human about a refund');
      await user.click(screen.getByRole('button', { name: 'Run simulation' }));

      expect(await screen.findByTestId('assignee')).toHaveTextContent('Nobody assigned');
      expect(screen.getByText('Nobody who could take it is available right now.')).toBeInTheDocument();
      expect(within(screen.getByTestId('skipped-candidates')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        'Olga Ivanova — offline',
        'Aino Virtanen — outside working hours',
      ]);
    });
  });

  describe('when no trigger fires', () => {
    it('says so in a sentence and shows no ticket', async () => {
      const user = userEvent.setup();
      const declined = { ...REFUND_SIMULATION, handedOff: false, reason: 'noTrigger', firedTriggers: [], mode: null, conversationStatus: null, messageKind: null, messageText: null, ticket: null, assignment: null, routing: null };
      renderWithProviders(<SimulatorPage />, { mocks: [...baseMocks(), handoffMock(declined)] });

      await fill(user, screen.getByRole('textbox', { name: 'Visitor message' }), 'What are your opening hours?');
      await user.click(screen.getByRole('button', { name: 'Run simulation' }));

      expect(await screen.findByRole('region', { name: 'Not handed off' })).toHaveTextContent('No trigger fired, so the AI agent keeps the conversation.');
      expect(screen.queryByTestId('trigger-highlight')).not.toBeInTheDocument();
      expect(screen.queryByTestId('simulated-ticket')).not.toBeInTheDocument();
    });
  });

  describe('when the message is blank', () => {
    it('asks for one at the message box without calling the server', async () => {
      const user = userEvent.setup();
      renderWithProviders(<SimulatorPage />, { mocks: baseMocks() });

      await user.click(screen.getByRole('button', { name: 'Run simulation' }));

      expect(screen.getByRole('textbox', { name: 'Visitor message' })).toHaveAccessibleDescription(expect.stringContaining('Type the message the visitor would send.'));
      expect(screen.getByText('No simulation yet')).toBeInTheDocument();
    });
  });

  describe('when the server refuses the input', () => {
    it('shows its message as text and places the issue at the input it concerns', async () => {
      const user = userEvent.setup();
      const refused = refusedMock(SimulatorHandoffDocument, 'Invalid input at input.contact.email: Not an email address', {
        code: 'VALIDATION_FAILED',
        issues: [{ code: 'INVALID_VALUE', path: 'input.contact.email', message: 'Not an email address' }],
        requestId: 'req-1',
      });
      renderWithProviders(<SimulatorPage />, { mocks: [...baseMocks(), refused] });

      await fill(user, screen.getByRole('textbox', { name: 'Visitor message' }), 'Hello');
      await fill(user, screen.getByRole('textbox', { name: 'Contact email' }), 'not-an-email');
      await user.click(screen.getByRole('button', { name: 'Run simulation' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The simulation could not run');
      expect(alert).toHaveTextContent('VALIDATION_FAILED · request req-1');
      expect(alert.textContent).not.toMatch(/[{}]/);
      await waitFor(() => expect(screen.getByRole('textbox', { name: 'Contact email' })).toHaveAccessibleDescription('Not an email address'));
    });
  });
});
