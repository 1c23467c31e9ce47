import { parseRuleSet, type Issue } from '@handoff/domain';
import { useDeferredValue, useMemo } from 'react';
import type { DraftRuleSet } from '../adapters/draft-types';
import type { EditorCatalogue } from '../adapters/editor-catalogue';
import { visibleIssues } from '../adapters/issue-messages';

/**
 * Live validation with the domain's own parser, the one the API runs on save: what it reports
 * here is what the server would refuse. Deferred, so typing stays responsive on large sets.
 * `serverIssues` (from a refused save) are shown until the draft they were about changes.
 */
export function useDraftIssues(draft: DraftRuleSet, catalogue: EditorCatalogue, server: { draft: DraftRuleSet; issues: readonly Issue[] } | null): Issue[] {
  const deferred = useDeferredValue(draft);
  const local = useMemo(() => {
    const parsed = parseRuleSet(deferred, catalogue.domain);
    return parsed.ok ? [] : parsed.error;
  }, [deferred, catalogue]);
  return useMemo(() => {
    const extra = server && server.draft === draft ? server.issues.filter((s) => !local.some((l) => l.path === s.path && l.code === s.code)) : [];
    return visibleIssues([...local, ...extra]);
  }, [local, server, draft]);
}
