import { Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { CompareModal } from '../../components/document-diff/compare-modal';
import { LeaveGuardModal } from '../../components/leave-guard/leave-guard-modal';
import { useLeaveGuard } from '../../components/leave-guard/use-leave-guard';
import { QueryState } from '../../components/query-state';
import { SECTION_ROOTS, unplacedIssues } from './adapters/issue-places';
import { AssignmentSection } from './components/assignment-section';
import { BuiltInTriggersSection } from './components/built-in-triggers-section';
import { CustomTriggersSection } from './components/custom-triggers-section';
import { MessagesSection } from './components/messages-section';
import { PolicyComparison } from './components/policy-comparison';
import { ProcessSection } from './components/process-section';
import { ConflictAlert, SaveFailureAlert } from './components/save-alerts';
import { SaveBar } from './components/save-bar';
import { SettingsHeader } from './components/settings-header';
import { StoredPolicyAlert } from './components/stored-policy-alert';
import { UnassignedSection } from './components/unassigned-section';
import { usePolicyEditor } from './hooks/use-policy-editor';

// After a refused save, take the admin to the first field that says why (once it has rendered).
const focusFirstProblem = (root: HTMLElement | null) => requestAnimationFrame(() => root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

/** Handoff settings: triggers, process, assignment, messages and unassigned tickets, saved as one policy. */
export function SettingsPage() {
  const editor = usePolicyEditor();
  const { query, state, dispatch, issues, dirty } = editor;
  const guard = useLeaveGuard(dirty);
  const [reloading, setReloading] = useState(false);
  const [comparing, setComparing] = useState(false);
  const page = useRef<HTMLDivElement>(null);
  const { form, baseline } = state;
  const data = query.data;
  // Unusable stored policy: the form shows the default in effect, and saving it (even unedited) replaces the stored one.
  const storedProblem = baseline?.storedProblem ?? null;

  const save = async () => {
    const outcome = await editor.save();
    if (outcome === 'invalid' || outcome === 'rejected') focusFirstProblem(page.current);
  };
  const reload = async () => {
    setReloading(true);
    await editor.reload();
    setReloading(false);
  };

  return (
    <Stack ref={page} gap="lg" maw={960} pb="md">
      <SettingsHeader version={baseline?.version ?? null} updatedAt={baseline?.updatedAt} updatedBy={baseline?.updatedBy} />
      <QueryState
        loading={query.loading && !data}
        error={data ? undefined : query.error}
        empty={Boolean(data) && data?.handoffPolicy === null}
        emptyText="This workspace has no handoff policy yet."
      >
        {form && data && (
          <Stack gap="lg">
            {storedProblem && <StoredPolicyAlert problem={storedProblem} />}
            {state.conflictVersion !== null && <ConflictAlert currentVersion={state.conflictVersion} reloading={reloading} onReload={() => void reload()} onCompare={() => setComparing(true)} />}
            <BuiltInTriggersSection form={form} issues={issues} dispatch={dispatch} />
            <CustomTriggersSection form={form} issues={issues} dispatch={dispatch} />
            <ProcessSection form={form} issues={issues} dispatch={dispatch} />
            <AssignmentSection form={form} issues={issues} dispatch={dispatch} choices={data} />
            <MessagesSection form={form} issues={issues} dispatch={dispatch} />
            {form.process === 'live' && <UnassignedSection form={form} issues={issues} dispatch={dispatch} />}
            <SaveFailureAlert failure={state.failure} unplaced={unplacedIssues(issues, form.process === 'live' ? SECTION_ROOTS : SECTION_ROOTS.filter((r) => r !== 'unassignedBehaviour'))} rejectedCount={state.serverIssues.length} />
            <SaveBar dirty={dirty} mustReplace={storedProblem !== null} saving={editor.saving} problemCount={issues.length} onSave={() => void save()} onDiscard={editor.discard} />
            <CompareModal opened={comparing} onClose={() => setComparing(false)} title="Compare with the saved version">
              <PolicyComparison form={form} choices={data} />
            </CompareModal>
          </Stack>
        )}
      </QueryState>
      <LeaveGuardModal guard={guard} subject="the handoff settings" />
    </Stack>
  );
}
