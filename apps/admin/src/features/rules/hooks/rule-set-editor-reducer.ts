import { RULE_LIMITS, type HitPolicy } from '@handoff/domain';
import type { DraftAction, DraftRule, DraftRuleSet } from '../adapters/draft-types';

/** The draft being edited and the one the server holds, so unsaved changes can be told apart. */
export interface RuleSetEditorState {
  /** The draft as saved on the server at `draftVersion`. */
  readonly saved: DraftRuleSet;
  /** The draft as the admin has edited it. */
  readonly draft: DraftRuleSet;
  /** The compare-and-set token to save and publish with. */
  readonly draftVersion: number;
}

/** What the rule set editor can do to its draft. Ids of new rules come in from the caller, so this stays pure. */
export type RuleSetEditorAction =
  | { readonly type: 'loaded'; readonly document: DraftRuleSet; readonly draftVersion: number }
  | { readonly type: 'saved'; readonly document: DraftRuleSet; readonly draftVersion: number }
  | { readonly type: 'hitPolicyChanged'; readonly hitPolicy: HitPolicy }
  | { readonly type: 'ruleAdded'; readonly rule: DraftRule }
  | { readonly type: 'ruleChanged'; readonly ruleId: string; readonly patch: Partial<Omit<DraftRule, 'id'>> }
  | { readonly type: 'ruleDuplicated'; readonly ruleId: string; readonly newId: string }
  | { readonly type: 'ruleDeleted'; readonly ruleId: string }
  | { readonly type: 'ruleMoved'; readonly from: number; readonly to: number }
  | { readonly type: 'fallbackChanged'; readonly fallback: readonly DraftAction[] };

/** The state right after loading a rule set from the server. */
export const initialEditorState = (document: DraftRuleSet, draftVersion: number): RuleSetEditorState => ({ saved: document, draft: document, draftVersion });

/** A new, enabled rule with an empty condition group (the builder's starting point) and no actions. */
export const createDraftRule = (id: string, name: string): DraftRule => ({ id, name, enabled: true, when: { all: [] }, then: [] });

/** Applies one edit. Unknown rule ids and out-of-range moves leave the state as it was. */
export function ruleSetEditorReducer(state: RuleSetEditorState, action: RuleSetEditorAction): RuleSetEditorState {
  switch (action.type) {
    case 'loaded':
      return initialEditorState(action.document, action.draftVersion);
    case 'saved':
      return { ...state, saved: action.document, draftVersion: action.draftVersion };
    case 'hitPolicyChanged':
      return withDraft(state, { ...state.draft, hitPolicy: action.hitPolicy });
    case 'ruleAdded':
      return withRules(state, [...state.draft.rules, action.rule]);
    case 'ruleChanged':
      return withRules(
        state,
        state.draft.rules.map((rule) => (rule.id === action.ruleId ? withoutUndefined({ ...rule, ...action.patch, id: rule.id }) : rule)),
      );
    case 'ruleDuplicated':
      return duplicate(state, action.ruleId, action.newId);
    case 'ruleDeleted':
      return withRules(
        state,
        state.draft.rules.filter((rule) => rule.id !== action.ruleId),
      );
    case 'ruleMoved':
      return move(state, action.from, action.to);
    case 'fallbackChanged':
      return withDraft(state, { ...state.draft, fallback: action.fallback });
  }
}

const withDraft = (state: RuleSetEditorState, draft: DraftRuleSet): RuleSetEditorState => ({ ...state, draft });
const withRules = (state: RuleSetEditorState, rules: readonly DraftRule[]): RuleSetEditorState => withDraft(state, { ...state.draft, rules });

function duplicate(state: RuleSetEditorState, ruleId: string, newId: string): RuleSetEditorState {
  const index = state.draft.rules.findIndex((rule) => rule.id === ruleId);
  const original = state.draft.rules[index];
  if (original === undefined) return state;
  const copy: DraftRule = { ...original, id: newId, name: `Copy of ${original.name}`.slice(0, RULE_LIMITS.maxNameLength) };
  const rules = [...state.draft.rules];
  rules.splice(index + 1, 0, copy);
  return withRules(state, rules);
}

function move(state: RuleSetEditorState, from: number, to: number): RuleSetEditorState {
  const { rules } = state.draft;
  const moved = rules[from];
  if (moved === undefined || to < 0 || to >= rules.length || from === to) return state;
  const next = rules.filter((_, i) => i !== from);
  next.splice(to, 0, moved);
  return withRules(state, next);
}

// Turning `stop` off removes the key rather than storing `false`, so the draft stays minimal.
function withoutUndefined(rule: DraftRule): DraftRule {
  return Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== undefined)) as unknown as DraftRule;
}
