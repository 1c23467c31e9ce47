import { act, screen, within } from '@testing-library/react';
import { LiveConnectionContext, type LiveConnection, type LiveStatus } from '../../lib/apollo/live-connection';
import { renderWithProviders } from '../../testing/render-with-providers';
import { boardMocks, boardTicket, columnMock, INVOICE, JACKETS, quietSubscriptions, referenceDataMock, REFUND } from './testing/board-mocks';
import { TicketsPage } from './tickets-page';

/** A socket whose state the test sets. */
function controllableSocket(): LiveConnection & { set(status: LiveStatus): void } {
  let status: LiveStatus = 'connecting';
  const listeners = new Set<() => void>();
  return {
    current: () => status,
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    set: (next) => {
      status = next;
      listeners.forEach((l) => l());
    },
  };
}

describe('TicketsPage and the subscription socket', () => {
  describe('while the socket is not yet acknowledged', () => {
    it('says it is connecting instead of claiming to be live', async () => {
      const socket = controllableSocket();
      renderWithProviders(
        <LiveConnectionContext.Provider value={socket}>
          <TicketsPage />
        </LiveConnectionContext.Provider>,
        // The second board answers the reload that follows the connection.
        { mocks: [referenceDataMock(), ...boardMocks(), ...boardMocks(), ...quietSubscriptions()], route: '/tickets' },
      );
      await screen.findByRole('article', { name: REFUND.subject });

      expect(screen.getByTestId('tickets-live')).toHaveAttribute('data-state', 'connecting');
      act(() => socket.set('connected'));
      await screen.findByText('Live updates on');
      expect(screen.getByTestId('tickets-live')).toHaveAttribute('data-state', 'live');
    });
  });

  describe('when the socket connects (again)', () => {
    it('reloads the columns, so a ticket created while it was down appears', async () => {
      const socket = controllableSocket();
      const missed = boardTicket('t-missed', 'Created while the socket was down', 'new', { createdAt: '2026-11-23T13:00:00.000Z' });
      const afterReconnect = [columnMock('new', [missed, REFUND]), columnMock('open', [JACKETS]), columnMock('pending', [INVOICE])];
      renderWithProviders(
        <LiveConnectionContext.Provider value={socket}>
          <TicketsPage />
        </LiveConnectionContext.Provider>,
        { mocks: [referenceDataMock(), ...boardMocks(), ...afterReconnect, ...quietSubscriptions()], route: '/tickets' },
      );
      await screen.findByRole('article', { name: REFUND.subject });
      expect(screen.queryByRole('article', { name: missed.subject })).not.toBeInTheDocument();

      act(() => socket.set('connected'));

      expect(await within(screen.getByRole('region', { name: 'New tickets' })).findByRole('article', { name: missed.subject })).toBeInTheDocument();
    });
  });
});
