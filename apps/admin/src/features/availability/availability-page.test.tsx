import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../testing/render-with-providers';
import { testSession } from '../../testing/test-session';
import { AvailabilityPage } from './availability-page';
import { boardMock, setUserMock } from './testing/availability-mocks';

function renderPage(mocks: MockLink.MockedResponse[], session = testSession()) {
  const user = userEvent.setup();
  renderWithProviders(<AvailabilityPage />, { mocks, route: '/availability', session });
  return user;
}

// Ben, one of the two people the board mock lists, signed in as an agent.
const BEN_AS_AGENT = { id: 'user-ben', name: 'Ben Okafor', email: 'ben@example.com', role: 'agent' } as const;

const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('AvailabilityPage', () => {
  describe('when the list loads', () => {
    it('shows each person’s presence, hours, load and why they can or cannot take work', async () => {
      renderPage([boardMock()]);
      const ben = await screen.findByRole('row', { name: /Ben Okafor/ });

      expect(within(ben).getByRole('combobox', { name: 'Presence of Ben Okafor' })).toHaveValue('Away');
      expect(within(ben).getByText('Mon–Fri 08:00–17:00')).toBeInTheDocument();
      expect(within(ben).getByText('Outside hours')).toBeInTheDocument();
      expect(within(ben).getByTestId('availability-load')).toHaveTextContent('4 / 4');
      expect(within(ben).getByRole('progressbar', { name: 'Load of Ben Okafor: 4 of 4' })).toHaveAttribute('aria-valuenow', '100');
      expect(within(ben).getByTestId('availability-reason')).toHaveTextContent('Away');
      expect(within(row('Ana Ruiz')).getByText('Always working')).toBeInTheDocument();
      expect(within(row('Ana Ruiz')).getByTestId('availability-reason')).toHaveTextContent('Ready for new work');
      expect(screen.getByText('1 of 2 available now')).toBeInTheDocument();
      expect(screen.getByText(/Refreshes every 30 s/)).toBeInTheDocument();
    });
  });

  describe('when a team is picked', () => {
    it('shows only its members', async () => {
      const user = renderPage([boardMock()]);
      await screen.findByRole('row', { name: /Ben Okafor/ });

      await user.click(screen.getByRole('combobox', { name: 'Team' }));
      await user.click(screen.getByRole('option', { name: 'Billing', hidden: true }));

      expect(screen.getByRole('row', { name: /Ben Okafor/ })).toBeInTheDocument();
      expect(screen.queryByRole('row', { name: /Ana Ruiz/ })).not.toBeInTheDocument();
    });
  });

  describe('when an admin changes someone’s presence', () => {
    it('sends setUserAvailability and shows the refreshed reason', async () => {
      const seen = jest.fn();
      const user = renderPage([boardMock(), setUserMock(seen), boardMock({ user: { status: 'online', capacity: 4 }, reason: 'atCapacity' })]);
      const ben = await screen.findByRole('row', { name: /Ben Okafor/ });

      await user.click(within(ben).getByRole('combobox', { name: 'Presence of Ben Okafor' }));
      const presence = screen.getByRole('listbox', { name: /Presence of Ben Okafor/, hidden: true });
      await user.click(within(presence).getByRole('option', { name: 'Online', hidden: true }));

      expect(seen).toHaveBeenCalledWith({ input: { userId: 'user-ben', status: 'online' } });
      await waitFor(() => expect(within(row('Ben Okafor')).getByTestId('availability-reason')).toHaveTextContent('At capacity'));
      expect(within(row('Ben Okafor')).getByRole('combobox', { name: 'Presence of Ben Okafor' })).toHaveValue('Online');
    });
  });

  describe('when an admin changes someone’s capacity', () => {
    it('sends the new capacity on Enter, not on every keystroke', async () => {
      const seen = jest.fn();
      const user = renderPage([boardMock(), setUserMock(seen), boardMock({ user: { capacity: 8 }, reason: 'away' })]);
      const ben = await screen.findByRole('row', { name: /Ben Okafor/ });
      const capacity = within(ben).getByRole('textbox', { name: 'Capacity of Ben Okafor' });

      await user.clear(capacity);
      await user.type(capacity, '8');
      expect(seen).not.toHaveBeenCalled();
      await user.keyboard('{Enter}');

      expect(seen).toHaveBeenCalledWith({ input: { userId: 'user-ben', capacity: 8 } });
      await waitFor(() => expect(within(row('Ben Okafor')).getByTestId('availability-load')).toHaveTextContent('4 / 8'));
    });
  });

  describe('when an agent is signed in', () => {
    it('lets them change their own presence and capacity but not anyone else’s, and says why', async () => {
      const user = renderPage([boardMock()], testSession(BEN_AS_AGENT));
      const ben = await screen.findByRole('row', { name: /Ben Okafor \(you\)/ });
      const ana = row('Ana Ruiz');

      expect(within(ben).getByRole('combobox', { name: 'Presence of Ben Okafor' })).toBeEnabled();
      expect(within(ben).getByRole('textbox', { name: 'Capacity of Ben Okafor' })).toBeEnabled();
      expect(within(ana).getByRole('combobox', { name: 'Presence of Ana Ruiz' })).toBeDisabled();
      expect(within(ana).getByRole('textbox', { name: 'Capacity of Ana Ruiz' })).toBeDisabled();
      expect(screen.getByTestId('availability-own-only')).toHaveTextContent('ask an admin');

      // Disabled inputs take no pointer events in browsers; the tooltip hangs on their wrapper.
      await user.hover(within(ana).getByRole('textbox', { name: 'Capacity of Ana Ruiz' }).parentElement as HTMLElement);
      expect(await screen.findByText('Agents can change only their own presence and capacity')).toBeInTheDocument();
    });
  });
});
