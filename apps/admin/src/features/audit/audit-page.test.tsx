import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../testing/render-with-providers';
import { AuditPage } from './audit-page';
import { auditEntry, logMock, namesMock, POLICY_V1, RULES_V1, RULES_V2, versionsMock } from './testing/audit-fixtures';

const POLICY_UPDATE = auditEntry({ before: POLICY_V1, after: { ...POLICY_V1, process: 'async', customTriggers: [...POLICY_V1.customTriggers, { id: 'custom-1', phrase: 'manager', mode: 'phrase' }] } });
const PUBLISH = auditEntry({ entityType: 'ruleSet', entityId: 'rs-1', action: 'publish', actor: 'jamal@demo.handoff.dev', before: { publishedVersion: 1 }, after: { publishedVersion: 2, document: RULES_V2 } });
const CAPACITY = auditEntry({ entityType: 'user', entityId: 'u-1', action: 'setAvailability', before: { status: 'online', capacity: 5, workingHours: null }, after: { status: 'online', capacity: 8, workingHours: null } });
const OLD_DRAFT = auditEntry({ entityType: 'ruleSet', entityId: 'rs-1', action: 'saveDraft', before: RULES_V1, after: { ...RULES_V1, hitPolicy: 'collectAll' } });

function renderPage(mocks = [logMock([POLICY_UPDATE, PUBLISH, CAPACITY]), namesMock()]) {
  const user = userEvent.setup();
  renderWithProviders(<AuditPage />, { mocks, route: '/audit' });
  return user;
}

const entryButton = (name: RegExp) => screen.findByRole('button', { name });

describe('AuditPage', () => {
  describe('when the log loads', () => {
    it('lists each entry with what was done, who did it and when, under an h2', async () => {
      renderPage();
      expect(screen.getByRole('heading', { level: 2, name: 'Audit log' })).toBeInTheDocument();
      expect(await entryButton(/Rule set “Aurora ticket routing”: published version 2/)).toHaveTextContent('jamal@demo.handoff.dev');
      expect(screen.getByRole('button', { name: /Handoff policy: updated/ })).toHaveTextContent('aino@demo.handoff.dev');
      expect(screen.getByRole('button', { name: /Aino Virtanen: availability changed/ })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Load older entries' })).not.toBeInTheDocument();
    });
  });

  describe('when an entry is opened', () => {
    it('shows its changes in words, not JSON', async () => {
      const user = renderPage();
      await user.click(await entryButton(/Handoff policy: updated/));

      const changes = await screen.findByRole('list', { name: 'Changes (2)' });
      expect(within(changes).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'AddedCustom trigger “manager” added (Anywhere in the text)',
        'ChangedProcess: Live handoff → Asynchronous handoff',
      ]);
      expect(screen.queryByText(/"process"/)).not.toBeInTheDocument();
    });

    it('compares a publish with the version it replaced, fetched from the rule set', async () => {
      const user = renderPage([logMock([PUBLISH]), namesMock(), versionsMock()]);
      await user.click(await entryButton(/published version 2/));

      expect(await screen.findByText('Compared with version 1, which it replaced.')).toBeInTheDocument();
      const items = within(screen.getByRole('list', { name: /^Changes/ })).getAllByRole('listitem');
      expect(items.map((item) => item.textContent)).toEqual([
        'MovedRule “Enterprise is urgent” moved from position 2 to 1',
        'ChangedRule 2 “Finnish speakers” condition changed: Conversation language is “fi” → Conversation language is “sv”',
      ]);
    });
  });

  describe('when filtered by entity type', () => {
    it('shows only the entries of that type among those loaded', async () => {
      const user = renderPage();
      await entryButton(/Handoff policy: updated/);
      await user.click(screen.getByRole('radio', { name: 'People' }));

      expect(screen.getByRole('button', { name: /Aino Virtanen: availability changed/ })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Handoff policy/ })).not.toBeInTheDocument();
      await user.click(screen.getByRole('radio', { name: 'Destinations' }));
      expect(screen.getByText('None of the 3 entries loaded so far is of this kind.')).toBeInTheDocument();
    });
  });

  describe('when there are older entries', () => {
    it('loads the next page after the last cursor and appends it', async () => {
      const user = renderPage([logMock([POLICY_UPDATE, PUBLISH], { endCursor: 'cursor-2' }), namesMock(), logMock([OLD_DRAFT], { after: 'cursor-2' })]);
      await user.click(await screen.findByRole('button', { name: 'Load older entries' }));

      expect(await entryButton(/Rule set “Aurora ticket routing”: draft saved/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: /Handoff policy: updated/ })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Load older entries' })).not.toBeInTheDocument();
    });
  });

  describe('when nothing has been changed yet', () => {
    it('says so', async () => {
      renderPage([logMock([]), namesMock()]);
      expect(await screen.findByText('No configuration changes yet.')).toBeInTheDocument();
    });
  });
});
