import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { createTraceVocabulary } from '../adapters/trace-vocabulary';
import { FALLBACK_TRACE, REFUND_TRACE } from '../testing/simulator-fixtures';
import { RoutingTrace } from './routing-trace';

// Without reference data the domain's built-in catalogue names fields and operators.
const vocabulary = createTraceVocabulary(undefined);
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('RoutingTrace', () => {
  describe('when a rule matched', () => {
    it('names the matched rule and the actions in words', () => {
      renderWithProviders(<RoutingTrace routing={REFUND_TRACE} vocabulary={{ ...vocabulary, team: (id) => (id === 't-billing' ? 'Billing' : undefined) }} />);

      expect(screen.getByTestId('routing-matched')).toHaveTextContent('Matched rule: Refunds by email go to Billing');
      expect(within(screen.getByTestId('routing-actions')).getByText('Assign to team Billing')).toBeInTheDocument();
      expect(screen.queryByTestId('routing-fallback')).not.toBeInTheDocument();
    });

    it('renders the condition tree with field and operator labels, the compared values and each outcome', () => {
      renderWithProviders(<RoutingTrace routing={REFUND_TRACE} vocabulary={vocabulary} />);

      const table = screen.getByRole('table', { name: 'Conditions of Refunds by email go to Billing' });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual(['group-row', 'condition-row', 'group-row', 'condition-row']);
      expect(cells(rows[0] as HTMLElement)).toEqual(['ALLof these must be true', 'true']);
      expect(cells(rows[1] as HTMLElement)).toEqual(['Conversation channel is', '“email”', '“email”', 'true']);
      expect(cells(rows[2] as HTMLElement)).toEqual(['ANYof these must be true', 'true']);
      expect(cells(rows[3] as HTMLElement)).toEqual(['Visitor message contains', '“refund”', '“I want to talk to a human about a refund”', 'true']);
    });

    it('indents each condition by its depth in the tree', () => {
      renderWithProviders(<RoutingTrace routing={REFUND_TRACE} vocabulary={vocabulary} />);

      const firstCells = screen.getAllByRole('row').slice(1).map((r) => (within(r).getAllByRole('cell')[0] as HTMLElement).style.paddingLeft);
      expect(firstCells).toEqual([
        'calc(var(--mantine-spacing-xs) + 0px)',
        'calc(var(--mantine-spacing-xs) + 24px)',
        'calc(var(--mantine-spacing-xs) + 24px)',
        'calc(var(--mantine-spacing-xs) + 48px)',
      ]);
    });

    it('highlights the matched rule and explains the ones not evaluated', () => {
      renderWithProviders(<RoutingTrace routing={REFUND_TRACE} vocabulary={vocabulary} />);

      const matched = screen.getByRole('article', { name: 'Rule 1: Refunds by email go to Billing' });
      const skipped = screen.getByRole('article', { name: 'Rule 2: Finnish conversations go to the Finnish speakers' });
      expect(within(matched).getByTestId('rule-status')).toHaveTextContent('Matched');
      expect(within(skipped).getByTestId('rule-status')).toHaveTextContent('Not evaluated');
      expect(within(skipped).queryByRole('table')).not.toBeInTheDocument();
    });
  });

  describe('when no rule matched', () => {
    it('says the fallback was used and shows false conditions with the values that failed', () => {
      renderWithProviders(<RoutingTrace routing={FALLBACK_TRACE} vocabulary={vocabulary} />);

      expect(screen.getByTestId('routing-fallback')).toHaveTextContent('No rule matched: the fallback was used');
      const language = screen.getAllByTestId('condition-row').find((r) => r.getAttribute('data-field') === 'conversation.language') as HTMLElement;
      expect(language).toHaveAttribute('data-result', 'false');
      expect(cells(language)).toEqual(['Conversation language is', '“fi”', 'not set', 'false']);
      expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-status'))).toEqual(['notMatched', 'notMatched']);
    });
  });
});
