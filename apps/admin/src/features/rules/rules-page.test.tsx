import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../testing/render-with-providers';
import { RulesPage } from './rules-page';
import { deleteRefusedMock, EMAIL_DRAFT, referenceDataMock, ruleSetFixture, ruleSetMock, ruleSetsMock } from './testing/rules-fixtures';

jest.setTimeout(20_000);

const renderPage = (mocks = [referenceDataMock(), ruleSetsMock(), ruleSetMock(ruleSetFixture(EMAIL_DRAFT))]) =>
  renderWithProviders(
    <Routes>
      <Route path="/rules/:ruleSetId?" element={<RulesPage />} />
    </Routes>,
    { mocks, route: '/rules' },
  );

describe('RulesPage', () => {
  describe('when opened without a rule set in the address', () => {
    it('opens the rule set the handoff policy routes with', async () => {
      renderPage();

      expect(await screen.findByRole('heading', { name: 'Help desk routing' })).toBeInTheDocument();
      const nav = screen.getByRole('navigation', { name: 'Rule sets' });
      expect(within(nav).getByRole('button', { name: /Help desk routing/ })).toHaveAttribute('aria-current', 'page');
      expect(screen.getByRole('region', { name: 'Rule 1: Email to Billing' })).toBeInTheDocument();
    });
  });

  describe('when deleting the rule set the policy routes with', () => {
    it('shows why the API refused', async () => {
      const user = userEvent.setup();
      renderPage([referenceDataMock(), ruleSetsMock(), ruleSetMock(ruleSetFixture(EMAIL_DRAFT)), deleteRefusedMock('rs-1')]);

      await user.click(await screen.findByRole('button', { name: 'More rule set actions' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Delete rule set' }));
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: 'Delete rule set' }));

      expect(await within(dialog).findByRole('alert')).toHaveTextContent('The handoff policy routes with this rule set; choose another one there first.');
    });
  });
});
