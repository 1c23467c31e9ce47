import { RULE_SET_FORMAT_VERSION, type Issue, type IssueCode } from '@handoff/domain';
import type { ApiIssue } from '../../../lib/errors/read-api-error';
import type { DraftRuleSet } from './draft-types';

/**
 * The API's `draft` (a JSON object it validated with parseRuleSet on write) as the editor's draft.
 * Missing top-level parts get the empty defaults so the editor can always render.
 */
export function readDraft(document: Record<string, unknown>): DraftRuleSet {
  return { formatVersion: RULE_SET_FORMAT_VERSION, hitPolicy: 'firstMatch', rules: [], fallback: [], ...document } as DraftRuleSet;
}

/** The draft as the JSON object `saveRuleSetDraft` takes. */
export const toDocument = (draft: DraftRuleSet): Record<string, unknown> => ({ ...draft });

// Server issues point into the request (`input.ruleSet.rules[0]…`) or, when publishing, at the draft (`draft.rules[0]…`).
const ROOTS = ['input.ruleSet', 'draft'];

/** The server's issues about a draft, with paths rebased onto the draft so they land where local ones do. */
export function issuesOnDraft(issues: readonly ApiIssue[]): Issue[] {
  return issues.flatMap((issue) => {
    const root = ROOTS.find((r) => issue.path === r || issue.path.startsWith(`${r}.`));
    if (root === undefined) return [];
    return [{ code: issue.code as IssueCode, message: issue.message, path: issue.path.slice(root.length).replace(/^\./, '') }];
  });
}
