import { render, screen } from '@testing-library/react';
import { DEFAULT_FIELD_CATALOGUE } from '@handoff/domain';
import { App } from './app';

describe('App', () => {
  describe('when rendered', () => {
    it('shows the size of the domain vocabulary', () => {
      render(<App />);
      expect(screen.getByRole('heading', { name: 'Handoff admin' })).toBeInTheDocument();
      expect(screen.getByText(new RegExp(`knows ${DEFAULT_FIELD_CATALOGUE.fields.length} fields`))).toBeInTheDocument();
    });
  });
});
