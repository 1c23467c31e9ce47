import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../testing/render-with-providers';
import {
  assigneesMock,
  assignMock,
  boardMocks,
  boardTicket,
  closeMock,
  createdEventMock,
  INVOICE,
  JACKETS,
  quietSubscriptions,
  referenceDataMock,
  REFUND,
  updatedEventMock,
} from './testing/board-mocks';
import { TicketsPage } from './tickets-page';
import { TicketsBoardCreatedDocument, TicketsBoardUpdatedDocument } from '../../generated/graphql';

function renderPage(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  renderWithProviders(<TicketsPage />, { mocks: [referenceDataMock(), ...mocks], route: '/tickets' });
  return user;
}

const column = (name: string) => screen.getByRole('region', { name });
const card = (subject: string) => screen.getByRole('article', { name: subject });

describe('TicketsPage', () => {
  describe('when the board loads', () => {
    it('shows each ticket in its status column with team, owner and priority', async () => {
      renderPage([...boardMocks(), ...quietSubscriptions()]);

      expect(await within(column('New tickets')).findByRole('article', { name: REFUND.subject })).toBeInTheDocument();
      expect(within(column('Open tickets')).getByRole('article', { name: JACKETS.subject })).toBeInTheDocument();
      expect(within(column('Pending tickets')).getByRole('article', { name: INVOICE.subject })).toBeInTheDocument();
      expect(within(card(REFUND.subject)).getByTestId('ticket-owner')).toHaveTextContent('Unassigned');
      expect(within(card(JACKETS.subject)).getByTestId('ticket-owner')).toHaveTextContent('Ana Ruiz');
      expect(within(card(JACKETS.subject)).getByText('Urgent')).toBeInTheDocument();
      expect(within(card(INVOICE.subject)).getByText('Billing')).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Closed tickets' })).not.toBeInTheDocument();
      expect(screen.getByText('Live updates on')).toBeInTheDocument();
    });
  });

  describe('when ticketCreated delivers a new ticket', () => {
    it('adds its card to the top of its column without refetching, highlighted', async () => {
      const arrived = boardTicket('t-new', 'I want a refund, please let me talk to a human', 'new', { createdAt: '2026-11-23T12:00:00.000Z' });
      // No second column mock: a refetch would fail the query instead of showing the card.
      renderPage([...boardMocks(), createdEventMock(arrived), { request: { query: TicketsBoardUpdatedDocument }, delay: Infinity }]);
      await within(column('New tickets')).findByRole('article', { name: REFUND.subject });

      const added = await within(column('New tickets')).findByRole('article', { name: arrived.subject });

      const cards = within(column('New tickets')).getAllByTestId('ticket-card');
      expect(cards.map((c) => c.getAttribute('data-ticket-id'))).toEqual(['t-new', REFUND.id]);
      expect(added).toHaveAttribute('data-arrived', 'true');
      expect(within(added).getByText('Just in')).toBeInTheDocument();
      expect(screen.getByText(`New ticket: ${arrived.subject}`)).toBeInTheDocument();
    });
  });

  describe('when ticketUpdated reports a status change made elsewhere', () => {
    it('moves the card to its new column', async () => {
      const opened = { ...REFUND, status: 'open', owner: { __typename: 'User', id: 'user-ben', name: 'Ben Okafor', status: 'away' } };
      renderPage([...boardMocks(), { request: { query: TicketsBoardCreatedDocument }, delay: Infinity }, updatedEventMock(opened)]);
      await within(column('New tickets')).findByRole('article', { name: REFUND.subject });

      const moved = await within(column('Open tickets')).findByRole('article', { name: REFUND.subject });

      expect(within(column('New tickets')).queryByRole('article', { name: REFUND.subject })).not.toBeInTheDocument();
      expect(within(moved).getByTestId('ticket-owner')).toHaveTextContent('Ben Okafor');
      expect(within(column('Open tickets')).getAllByTestId('ticket-card').map((c) => c.getAttribute('data-ticket-id'))).toEqual([REFUND.id, JACKETS.id]);
    });
  });

  describe('when a ticket is assigned from its card', () => {
    it('sends assignTicket with the chosen person and the ticket’s team, and shows the new owner', async () => {
      const seen = jest.fn();
      const user = renderPage([...boardMocks(), ...quietSubscriptions(), assigneesMock(), assignMock(seen)]);
      const refund = await screen.findByRole('article', { name: REFUND.subject });

      await user.click(within(refund).getByRole('button', { name: 'Assign' }));
      const dialog = await screen.findByRole('dialog', { name: 'Assign ticket' });
      await user.click(within(dialog).getByRole('combobox', { name: 'Assignee' }));
      // jsdom never finishes Mantine's dropdown transition, so its options stay "hidden".
      const assignees = await screen.findByRole('listbox', { name: 'Assignee', hidden: true });
      await user.click(within(assignees).getByRole('option', { name: /Ana Ruiz/, hidden: true }));
      expect(within(dialog).getByText(/available for automatic assignment/)).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: 'Assign' }));

      await waitFor(() => expect(within(card(REFUND.subject)).getByTestId('ticket-owner')).toHaveTextContent('Ana Ruiz'));
      expect(seen).toHaveBeenCalledWith({ input: { ticketId: REFUND.id, teamId: 'team-support', userId: 'user-ana' } });
    });
  });

  describe('when Close is pressed on a card', () => {
    it('asks first, then sends closeTicket and takes the card out of its column', async () => {
      const seen = jest.fn();
      const user = renderPage([...boardMocks(), ...quietSubscriptions(), closeMock(seen)]);
      const jackets = await screen.findByRole('article', { name: JACKETS.subject });

      await user.click(within(jackets).getByRole('button', { name: 'Close' }));
      const dialog = await screen.findByRole('dialog', { name: 'Close this ticket?' });
      expect(within(dialog).getByText(/no longer counts against Ana Ruiz’s capacity/)).toBeInTheDocument();
      expect(seen).not.toHaveBeenCalled();
      await user.click(within(dialog).getByRole('button', { name: 'Close ticket' }));

      await waitFor(() => expect(within(column('Open tickets')).queryByRole('article', { name: JACKETS.subject })).not.toBeInTheDocument());
      expect(seen).toHaveBeenCalledWith({ input: { ticketId: JACKETS.id } });
    });

    it('does nothing when the admin cancels', async () => {
      const seen = jest.fn();
      const user = renderPage([...boardMocks(), ...quietSubscriptions(), closeMock(seen)]);
      const jackets = await screen.findByRole('article', { name: JACKETS.subject });

      await user.click(within(jackets).getByRole('button', { name: 'Close' }));
      await user.click(within(await screen.findByRole('dialog', { name: 'Close this ticket?' })).getByRole('button', { name: 'Cancel' }));

      expect(seen).not.toHaveBeenCalled();
      expect(within(column('Open tickets')).getByRole('article', { name: JACKETS.subject })).toBeInTheDocument();
    });
  });
});
