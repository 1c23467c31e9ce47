import { issue, type Issue, type Result, type Rule, type RuleSet, err, ok } from '@handoff/domain';
import { underRoot, underRule, type PathRebase } from './rule-set-validation';

/** A change to one rule of a draft, applied before the whole result is validated. */
export type RuleEdit =
  | { readonly kind: 'addRule'; readonly rule: Record<string, unknown>; readonly position?: number }
  | { readonly kind: 'updateRule'; readonly ruleId: string; readonly rule: Record<string, unknown> }
  | { readonly kind: 'deleteRule'; readonly ruleId: string }
  | { readonly kind: 'reorderRules'; readonly ruleIds: readonly string[] }
  | { readonly kind: 'setRuleEnabled'; readonly ruleId: string; readonly enabled: boolean };

/** The edited draft (still unvalidated) and where its issues point in the request. */
export interface EditedDraft {
  readonly draft: Record<string, unknown>;
  readonly rebase: PathRebase;
}

const DRAFT_ROOT = 'draft';

/**
 * Applies an edit to a valid draft. Unknown rule ids and bad orders are reported here; the
 * rule's own content is left to parseRuleSet, which sees the whole resulting draft.
 */
export function applyRuleEdit(draft: RuleSet, edit: RuleEdit, newId: () => string): Result<EditedDraft, Issue[]> {
  const rules: unknown[] = [...draft.rules];
  const indexOf = (ruleId: string) => draft.rules.findIndex((r) => r.id === ruleId);
  const missing = (ruleId: string) => err([issue('INVALID_ID', 'input.ruleId', `no rule ${ruleId} in this draft`)]);
  switch (edit.kind) {
    case 'addRule': {
      const at = Math.min(Math.max(edit.position ?? rules.length, 0), rules.length);
      // A rule without an id gets a fresh one, so clients need not invent ids.
      rules.splice(at, 0, { ...edit.rule, id: edit.rule['id'] ?? `rule-${newId()}` });
      return ok({ draft: { ...draft, rules }, rebase: underRule(at, 'input.rule', DRAFT_ROOT) });
    }
    case 'updateRule': {
      const at = indexOf(edit.ruleId);
      if (at < 0) return missing(edit.ruleId);
      rules[at] = { ...edit.rule, id: edit.ruleId };
      return ok({ draft: { ...draft, rules }, rebase: underRule(at, 'input.rule', DRAFT_ROOT) });
    }
    case 'deleteRule': {
      const at = indexOf(edit.ruleId);
      if (at < 0) return missing(edit.ruleId);
      rules.splice(at, 1);
      return ok({ draft: { ...draft, rules }, rebase: underRoot(DRAFT_ROOT) });
    }
    case 'setRuleEnabled': {
      const at = indexOf(edit.ruleId);
      if (at < 0) return missing(edit.ruleId);
      rules[at] = { ...(draft.rules[at] as Rule), enabled: edit.enabled };
      return ok({ draft: { ...draft, rules }, rebase: underRoot(DRAFT_ROOT) });
    }
    case 'reorderRules': {
      const byId = new Map(draft.rules.map((r) => [r.id, r]));
      const unique = new Set(edit.ruleIds);
      if (unique.size !== edit.ruleIds.length || unique.size !== byId.size || edit.ruleIds.some((id) => !byId.has(id))) {
        return err([issue('INVALID_VALUE', 'input.ruleIds', 'list every rule id of the draft exactly once')]);
      }
      return ok({ draft: { ...draft, rules: edit.ruleIds.map((id) => byId.get(id)) }, rebase: underRoot(DRAFT_ROOT) });
    }
  }
}
