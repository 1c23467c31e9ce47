import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import type { RulesSaveDraftMutationVariables } from '../../../generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { DraftRule, DraftRuleSet } from '../adapters/draft-types';
import { conflictMock, draftProblem, EMAIL_DRAFT, publishMock, ruleSetFixture, saveMock, TEST_CATALOGUE, TEST_CHOICES, testSuggestions } from '../testing/rules-fixtures';
import { RuleSetEditor } from './rule-set-editor';

jest.setTimeout(20_000);

function renderEditor(ruleSet: ReturnType<typeof ruleSetFixture>, mocks: MockLink.MockedResponse[] = []) {
  return renderWithProviders(
    <RuleSetEditor ruleSet={ruleSet} catalogue={TEST_CATALOGUE} choices={TEST_CHOICES} suggestions={testSuggestions} routesTickets onDeleted={() => undefined} />,
    { mocks },
  );
}

const ruleNames = () => screen.getAllByRole('region', { name: /^Rule \d+:/ }).map((region) => region.getAttribute('aria-label'));
const EMAIL_RULE = EMAIL_DRAFT.rules[0] as DraftRule;
const TWO_RULES: DraftRuleSet = { ...EMAIL_DRAFT, rules: [EMAIL_RULE, { ...EMAIL_RULE, id: 'chat', name: 'Chat to Support', when: { field: 'conversation.channel', operator: 'equals', value: 'chat' } }] };

describe('RuleSetEditor', () => {
  describe('when a rule is edited and the draft saved', () => {
    it('sends the whole edited document with the draft version it was based on', async () => {
      const user = userEvent.setup();
      const ruleSet = ruleSetFixture(EMAIL_DRAFT);
      let sent: RulesSaveDraftMutationVariables | undefined;
      renderEditor(ruleSet, [saveMock((v) => (sent = v), ruleSet)]);
      expect(screen.getByRole('button', { name: 'Save draft' })).toBeDisabled();

      await user.click(screen.getByRole('button', { name: 'Edit rule 1' }));
      await user.type(screen.getByRole('textbox', { name: 'Rule name' }), ' team');
      expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Save draft' }));

      await screen.findByText('Draft saved, not published');
      expect(sent).toEqual({ input: { id: 'rs-1', expectedDraftVersion: 3, ruleSet: { ...EMAIL_DRAFT, rules: [{ ...EMAIL_DRAFT.rules[0], name: 'Email to Billing team' }] } } });
      expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled();
    });

    it('offers to load the latest draft or overwrite it when someone else saved first', async () => {
      const user = userEvent.setup();
      renderEditor(ruleSetFixture(EMAIL_DRAFT), [conflictMock(7)]);

      await user.click(screen.getByRole('switch', { name: 'Enable rule 1' }));
      await user.click(screen.getByRole('button', { name: 'Save draft' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Someone else changed this rule set');
      expect(alert).toHaveTextContent('now version 7');
      expect(within(alert).getByRole('button', { name: 'Load the latest draft' })).toBeInTheDocument();
      expect(within(alert).getByRole('button', { name: 'Keep my changes and overwrite' })).toBeInTheDocument();
    });
  });

  describe('when the stored draft can’t be used (the API answers the published version in effect and the problem)', () => {
    const PROBLEM = draftProblem(3, [{ code: 'LIMIT_EXCEEDED', path: 'rules', message: 'a rule set has at most 1000 rules' }]);

    it('warns with the draft version and each issue at its path, shows the published version, and refuses to publish', () => {
      renderEditor(ruleSetFixture(EMAIL_DRAFT, { problem: PROBLEM }));

      const alert = screen.getByRole('alert', { name: 'The saved draft can’t be used' });
      expect(alert).toHaveTextContent('Draft version 3 can’t be used because of:');
      expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['rules: a rule set has at most 1000 rules']);
      expect(alert).toHaveTextContent('The editor shows the last published version (v1) instead. Saving the draft replaces the unusable one.');
      expect(ruleNames()).toEqual(['Rule 1: Email to Billing']);
      expect(within(screen.getByRole('group', { name: 'Rule set status' })).getByText('Saved draft unusable')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
    });

    it('says so when the published version is unusable too and the editor starts from no rules', () => {
      const ruleSet = ruleSetFixture({ ...EMAIL_DRAFT, rules: [], fallback: [] }, { problem: PROBLEM });
      const versions = ruleSet.versions.map((v) => ({ ...v, problem: { __typename: 'StoredDocumentProblem' as const, version: v.version } }));

      renderEditor({ ...ruleSet, versions });

      expect(screen.getByRole('alert', { name: 'The saved draft can’t be used' })).toHaveTextContent('The editor shows an empty rule set instead.');
    });

    it('saves the draft in effect at the stored draft version without any edit, which replaces it and clears the warning', async () => {
      const user = userEvent.setup();
      const ruleSet = ruleSetFixture(EMAIL_DRAFT, { problem: PROBLEM });
      let sent: RulesSaveDraftMutationVariables | undefined;
      renderEditor(ruleSet, [saveMock((v) => (sent = v), ruleSet)]);

      await user.click(screen.getByRole('button', { name: 'Save draft' }));

      await screen.findByText('Draft is live');
      expect(sent).toEqual({ input: { id: 'rs-1', expectedDraftVersion: 3, ruleSet: EMAIL_DRAFT } });
      expect(screen.queryByRole('alert', { name: 'The saved draft can’t be used' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Save draft' })).toBeDisabled();
    });
  });

  describe('when publishing', () => {
    it('is disabled while the draft has issues, and says where they are', () => {
      const broken: DraftRuleSet = { ...EMAIL_DRAFT, rules: [{ ...EMAIL_RULE, then: [{ type: 'assignTeam', teamId: '' }] }] };
      renderEditor(ruleSetFixture(broken, { published: null }));

      expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
      expect(screen.getByRole('button', { name: 'Save draft' })).toBeDisabled();
      expect(within(screen.getByRole('group', { name: 'Rule set status' })).getByText('1 issue')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Rule 1 (Email to Billing) · actions' }).parentElement).toHaveTextContent('Choose a team.');
    });

    it('is disabled while there are unsaved changes', async () => {
      const user = userEvent.setup();
      renderEditor(ruleSetFixture(EMAIL_DRAFT, { published: null }));
      expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled();

      await user.click(screen.getByRole('radio', { name: 'All matching rules apply' }));

      expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
    });

    it('publishes the saved draft version', async () => {
      const user = userEvent.setup();
      const ruleSet = ruleSetFixture(EMAIL_DRAFT, { published: null });
      let sent: Record<string, unknown> | undefined;
      renderEditor(ruleSet, [publishMock(ruleSet, (v) => (sent = v))]);

      await user.click(screen.getByRole('button', { name: 'Publish' }));

      await waitFor(() => expect(sent).toEqual({ input: { id: 'rs-1', expectedDraftVersion: 3 } }));
    });
  });

  describe('when rules are reordered, duplicated, deleted or added', () => {
    it('moves a rule up with its button', async () => {
      const user = userEvent.setup();
      renderEditor(ruleSetFixture(TWO_RULES));

      await user.click(screen.getByRole('button', { name: 'Move rule 2 up' }));

      expect(ruleNames()).toEqual(['Rule 1: Chat to Support', 'Rule 2: Email to Billing']);
    });

    it('duplicates a rule right after it', async () => {
      const user = userEvent.setup();
      renderEditor(ruleSetFixture(TWO_RULES));

      await user.click(screen.getByRole('button', { name: 'Duplicate rule 1' }));

      expect(ruleNames()).toEqual(['Rule 1: Email to Billing', 'Rule 2: Copy of Email to Billing', 'Rule 3: Chat to Support']);
    });

    it('deletes a rule only after confirming', async () => {
      const user = userEvent.setup();
      renderEditor(ruleSetFixture(TWO_RULES));

      await user.click(screen.getByRole('button', { name: 'Delete rule 1' }));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete rule' }));

      expect(ruleNames()).toEqual(['Rule 1: Chat to Support']);
    });

    it('adds a rule at the end with its editor open and its name focused', async () => {
      const user = userEvent.setup();
      renderEditor(ruleSetFixture(EMAIL_DRAFT));

      await user.click(screen.getByRole('button', { name: 'New rule' }));

      expect(ruleNames()).toEqual(['Rule 1: Email to Billing', 'Rule 2: New rule 2']);
      expect(screen.getByRole('textbox', { name: 'Rule name' })).toHaveFocus();
      expect(screen.getByRole('button', { name: 'Add condition to root group' })).toBeInTheDocument();
      expect(within(screen.getByRole('group', { name: 'Rule set status' })).getByText('1 issue')).toBeInTheDocument();
    });
  });
});
