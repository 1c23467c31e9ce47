import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDiffNames } from '../../lib/document-diff/diff-names';
import { renderWithProviders } from '../../testing/render-with-providers';
import { DocumentDiff } from './document-diff';

const POLICY = { process: 'live', customTriggers: [{ id: 'a', phrase: 'refund', mode: 'word' }], assignment: { mode: 'conditionRouting', ruleSetId: 'rs-1', strategy: 'roundRobin' } };

describe('DocumentDiff', () => {
  describe('when two policies differ', () => {
    it('lists each change in words, with names for ids', () => {
      const after = { ...POLICY, process: 'async', customTriggers: [], assignment: { ...POLICY.assignment, ruleSetId: 'rs-2' } };
      const names = createDiffNames({ ruleSets: [{ id: 'rs-1', name: 'Weekdays' }, { id: 'rs-2', name: 'Weekends' }] });
      renderWithProviders(<DocumentDiff kind="policy" before={POLICY} after={after} names={names} />);

      const items = within(screen.getByRole('list', { name: 'Changes (3)' })).getAllByRole('listitem');
      expect(items.map((item) => item.textContent)).toEqual([
        'RemovedCustom trigger “refund” removed',
        'ChangedProcess: Live handoff → Asynchronous handoff',
        'ChangedRouting rule set: “Weekdays” → “Weekends”',
      ]);
      expect(screen.getByText('Live handoff').tagName).toBe('DEL');
      expect(screen.getByText('Asynchronous handoff').tagName).toBe('INS');
    });

    it('shows only the changed paths as JSON on request', async () => {
      const user = userEvent.setup();
      renderWithProviders(<DocumentDiff kind="policy" before={POLICY} after={{ ...POLICY, process: 'none' }} beforeLabel="Saved" afterLabel="Yours" />);
      expect(screen.queryByRole('table')).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Show the changed JSON' }));

      const table = screen.getByRole('table', { name: 'Changed paths, as JSON' });
      expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Path', 'Saved', 'Yours']);
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toHaveTextContent('process"live""none"');
      expect(screen.getByRole('button', { name: 'Hide the changed JSON' })).toHaveAttribute('aria-expanded', 'true');
    });
  });

  describe('when a rule moved', () => {
    it('says so in words and, in the JSON view, by position', async () => {
      const user = userEvent.setup();
      const rules = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }];
      renderWithProviders(<DocumentDiff kind="ruleSet" before={{ rules }} after={{ rules: [rules[2], rules[0], rules[1]] }} />);
      expect(screen.getByRole('listitem')).toHaveTextContent('MovedRule “C” moved from position 3 to 1');

      await user.click(screen.getByRole('button', { name: 'Show the changed JSON' }));

      expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent('rules[0] (moved)position 3position 1');
    });
  });

  describe('when the documents are the same', () => {
    it('says so', () => {
      renderWithProviders(<DocumentDiff kind="ruleSet" before={{ rules: [] }} after={{ rules: [] }} emptyText="Nothing to compare." />);
      expect(screen.getByText('Nothing to compare.')).toBeInTheDocument();
      expect(screen.queryByRole('list')).not.toBeInTheDocument();
    });
  });
});
