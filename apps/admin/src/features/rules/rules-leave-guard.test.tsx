import type { MockLink } from '@apollo/client/testing';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { RulesDeleteRuleSetDocument, RulesRuleSetsDocument } from '../../generated/graphql';
import { renderWithProviders } from '../../testing/render-with-providers';
import { RulesPage } from './rules-page';
import { EMAIL_DRAFT, referenceDataMock, ruleSetFixture, ruleSetMock, ruleSetsMock } from './testing/rules-fixtures';

jest.setTimeout(20_000);

const EXPERIMENTS = { ...ruleSetFixture(EMAIL_DRAFT, { published: null }), id: 'rs-2', name: 'Experiments' };

/** deleteRuleSet succeeds, and the list refetched after it holds only Experiments, which nothing routes with. */
function deletedMocks(): MockLink.MockedResponse[] {
  return [
    { request: { query: RulesDeleteRuleSetDocument, variables: { input: { id: 'rs-1' } } }, result: { data: { deleteRuleSet: { __typename: 'DeleteRuleSetPayload', deletedRuleSetId: 'rs-1' } } } },
    {
      request: { query: RulesRuleSetsDocument },
      result: {
        data: {
          ruleSets: [{ __typename: 'RoutingRuleSet', id: 'rs-2', name: 'Experiments', draftVersion: 1, publishedVersion: null }],
          templates: [],
          handoffPolicy: { __typename: 'HandoffPolicy', version: 5, assignment: { __typename: 'HandoffAssignment', mode: 'roundRobin', ruleSetId: null } },
        },
      },
    },
  ];
}

/** The rules screen on Help desk routing (rs-1), with the tickets screen one step back in the history. */
function renderRules(extraMocks: MockLink.MockedResponse[] = []) {
  const user = userEvent.setup();
  const { router } = renderWithProviders(
    <Routes>
      <Route path="/rules/:ruleSetId?" element={<RulesPage />} />
      <Route path="/tickets" element={<p>Tickets screen</p>} />
    </Routes>,
    { mocks: [referenceDataMock(), ruleSetsMock(), ruleSetMock(ruleSetFixture(EMAIL_DRAFT)), ruleSetMock(EXPERIMENTS), ...extraMocks], entries: ['/tickets', '/rules/rs-1'] },
  );
  return { user, router };
}

/** Turns rule 1 off: an unsaved edit. */
async function editDraft(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('switch', { name: 'Enable rule 1' }));
  expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
}

const pickRuleSet = (user: ReturnType<typeof userEvent.setup>, name: RegExp) => user.click(within(screen.getByRole('navigation', { name: 'Rule sets' })).getByRole('button', { name }));
const leaveDialog = () => screen.queryByRole('dialog', { name: 'Leave without saving?' });

describe('RulesPage leave guard', () => {
  describe('when the draft has no unsaved edits', () => {
    it('switches rule sets without asking', async () => {
      const { user, router } = renderRules();
      await screen.findByRole('switch', { name: 'Enable rule 1' });
      await pickRuleSet(user, /Experiments/);
      expect(await screen.findByRole('heading', { name: 'Experiments' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/rules/rs-2');
      expect(leaveDialog()).not.toBeInTheDocument();
    });
  });

  describe('when the draft has unsaved edits', () => {
    it('asks before switching to another rule set, keeps the edits on request, and switches once confirmed', async () => {
      const { user, router } = renderRules();
      await editDraft(user);

      await pickRuleSet(user, /Experiments/);
      expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toHaveTextContent('You have unsaved changes to this rule set.');
      await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
      await waitFor(() => expect(leaveDialog()).not.toBeInTheDocument());
      expect(router.state.location.pathname).toBe('/rules/rs-1');
      expect(screen.getByRole('switch', { name: 'Enable rule 1' })).not.toBeChecked();

      await pickRuleSet(user, /Experiments/);
      await user.click(await screen.findByRole('button', { name: 'Leave and discard changes' }));
      expect(await screen.findByRole('heading', { name: 'Experiments' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/rules/rs-2');
    });

    it("asks before the browser's Back button, and goes back once confirmed", async () => {
      const { user, router } = renderRules();
      await editDraft(user);

      await act(() => router.navigate(-1));
      expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/rules/rs-1');
      await user.click(screen.getByRole('button', { name: 'Leave and discard changes' }));
      expect(await screen.findByText('Tickets screen')).toBeInTheDocument();
    });

    it('holds a page unload', async () => {
      const { user } = renderRules();
      await editDraft(user);
      const unload = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(unload);
      expect(unload.defaultPrevented).toBe(true);
    });
  });

  describe('when the rule set being edited is deleted', () => {
    it('moves on to the remaining rule set without asking about the edits it had', async () => {
      const { user, router } = renderRules(deletedMocks());
      await editDraft(user);

      await user.click(screen.getByRole('button', { name: 'More rule set actions' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Delete rule set' }));
      await user.click(within(await screen.findByRole('dialog', { name: 'Delete rule set?' })).getByRole('button', { name: 'Delete rule set' }));

      expect(await screen.findByRole('heading', { name: 'Experiments' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/rules/rs-2');
      expect(leaveDialog()).not.toBeInTheDocument();
    });
  });
});
