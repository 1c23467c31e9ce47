import { Stack, Tabs } from '@mantine/core';
import { useMemo, useState } from 'react';
import { CompareModal } from '../../../components/document-diff/compare-modal';
import { LeaveGuardModal } from '../../../components/leave-guard/leave-guard-modal';
import { useLeaveGuard } from '../../../components/leave-guard/use-leave-guard';
import type { RulesRuleSetFieldsFragment } from '../../../generated/graphql';
import type { EditorCatalogue } from '../adapters/editor-catalogue';
import { useRuleSetEditor } from '../hooks/use-rule-set-editor';
import type { ActionChoices } from './action-fields';
import type { ValueSuggestions } from './builder/builder-context';
import { DeleteRuleSetModal } from './delete-rule-set-modal';
import { DraftComparison } from './draft-comparison';
import { DraftProblemAlert } from './draft-problem-alert';
import { IssueSummary } from './issue-summary';
import { RuleSetHeader } from './rule-set-header';
import { RulesPanel } from './rules-panel';
import { SaveErrorNotice } from './save-error-notice';
import { VersionsPanel } from './versions-panel';

/** Props of the editor of one rule set. */
export interface RuleSetEditorProps {
  readonly ruleSet: RulesRuleSetFieldsFragment;
  readonly catalogue: EditorCatalogue;
  readonly choices: ActionChoices;
  readonly suggestions: (draftTags: readonly string[]) => ValueSuggestions;
  readonly routesTickets: boolean;
  readonly onDeleted: () => void;
}

const tagsIn = (actions: readonly { type: string; tags?: readonly string[] }[]) => actions.flatMap((a) => (a.type === 'addTags' ? (a.tags ?? []) : []));

/** One rule set: status and publishing on top, the rules and fallback, and the published versions. */
export function RuleSetEditor({ ruleSet, catalogue, choices, suggestions, routesTickets, onDeleted }: RuleSetEditorProps) {
  const editor = useRuleSetEditor(ruleSet, catalogue);
  const guard = useLeaveGuard(editor.dirty);
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [comparing, setComparing] = useState(false);
  const { draft } = editor;
  // What the API put in place of an unusable draft: the published version, unless that one is unusable too.
  const published = ruleSet.versions.find((v) => v.version === ruleSet.publishedVersion);
  const shownVersion = published && !published.problem ? published.version : null;

  // Tags already used by this rule set are offered wherever tags are typed.
  const tags = [...new Set([...tagsIn(draft.fallback), ...draft.rules.flatMap((r) => tagsIn(r.then))])];
  const tagKey = tags.join('\n');
  // Keyed on the tags' text so the builder's context only changes when the tags do.
  const valueSuggestions = useMemo(() => suggestions(tagKey === '' ? [] : tagKey.split('\n')), [tagKey, suggestions]);

  return (
    <Stack gap="md">
      <RuleSetHeader
        name={ruleSet.name}
        publishedVersion={ruleSet.publishedVersion}
        routesTickets={routesTickets}
        dirty={editor.dirty}
        draftUnusable={editor.draftProblem !== null}
        upToDate={editor.upToDate}
        issueCount={editor.issues.length}
        saving={editor.saving}
        publishing={editor.publishing}
        onSave={() => void editor.save()}
        onPublish={() => void editor.publish()}
        onDelete={() => setDeleting(true)}
      />
      {editor.draftProblem && <DraftProblemAlert problem={editor.draftProblem} shownVersion={shownVersion} />}
      {editor.error && <SaveErrorNotice error={editor.error} onReload={() => void editor.reload()} onOverwrite={(version) => void editor.save(version)} onCompare={() => setComparing(true)} />}
      <IssueSummary issues={editor.issues} draft={draft} onShowRule={(index) => setExpandedId(draft.rules[index]?.id ?? null)} />
      <Tabs defaultValue="rules" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="rules">Rules ({draft.rules.length})</Tabs.Tab>
          <Tabs.Tab value="versions">Versions ({ruleSet.versions.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rules" pt="md">
          <RulesPanel
            draft={draft}
            dispatch={editor.dispatch}
            issues={editor.issues}
            catalogue={catalogue}
            choices={{ ...choices, tags }}
            suggestions={valueSuggestions}
            expandedId={expandedId}
            onExpand={setExpandedId}
          />
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          <VersionsPanel ruleSet={ruleSet} />
        </Tabs.Panel>
      </Tabs>
      <DeleteRuleSetModal
        opened={deleting}
        ruleSet={ruleSet}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          // The edited rule set is gone: its unsaved edits are nothing to ask about.
          guard.release();
          onDeleted();
        }}
      />
      <CompareModal opened={comparing} onClose={() => setComparing(false)} title="Compare with the saved draft">
        <DraftComparison ruleSetId={ruleSet.id} draft={draft} catalogue={catalogue} choices={choices} />
      </CompareModal>
      <LeaveGuardModal guard={guard} subject="this rule set" />
    </Stack>
  );
}
