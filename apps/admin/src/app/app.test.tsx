import { screen } from '@testing-library/react';
import { renderWithProviders } from '../testing/render-with-providers';
import { AdminShell } from './app-shell';

describe('AdminShell', () => {
  describe('when rendered', () => {
    it('offers every screen and GraphiQL in the navigation', () => {
      renderWithProviders(<AdminShell>content</AdminShell>);
      const nav = screen.getByRole('navigation', { name: 'Screens' });
      for (const label of ['Handoff settings', 'Routing rules', 'Simulator', 'Tickets', 'Team availability', 'Audit log']) {
        expect(nav).toContainElement(screen.getByRole('link', { name: label }));
      }
      expect(screen.getByRole('link', { name: 'GraphiQL (API explorer)' })).toHaveAttribute('href', '/graphiql');
    });
  });
});
