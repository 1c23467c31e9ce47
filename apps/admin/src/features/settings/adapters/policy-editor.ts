import type { BuiltInTrigger, HandoffMessages } from '@handoff/domain';
import { isUnder, type PathIssue } from './issue-places';
import { documentToForm, nextTriggerId, sameDocument, type PolicyForm, type TriggerRow } from './policy-form';

/** The stored policy fails validation (over a bound set after it was saved, or edited by hand). */
export interface StoredPolicyProblem {
  /** The stored policy's version: saving at it replaces the stored policy. */
  readonly version: number;
  readonly issues: readonly { readonly code: string; readonly path: string; readonly message: string }[];
}

/** A policy as the server returned it. */
export interface LoadedPolicy {
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly document: unknown;
  /** Set when the stored policy is unusable: `document` is then the default policy handoffs use meanwhile. */
  readonly storedProblem?: StoredPolicyProblem | null;
}

/** A save that failed for a reason other than validation or a conflict (network, server). */
export interface SaveFailure {
  readonly code: string;
  readonly message: string;
  readonly requestId: string | null;
}

/** The settings screen's state: what was loaded, what is being edited, and what the last save said. */
export interface PolicyEditorState {
  readonly baseline: (Omit<LoadedPolicy, 'document'> & { readonly form: PolicyForm }) | null;
  readonly form: PolicyForm | null;
  /** Issues from the last save, dropped field by field as the admin edits what they point at. */
  readonly serverIssues: readonly PathIssue[];
  /** Someone else saved this version after ours was loaded. */
  readonly conflictVersion: number | null;
  readonly failure: SaveFailure | null;
}

/** Fields set as they are; triggers and messages have their own actions. */
export type PolicyScalarPatch = Partial<Omit<PolicyForm, 'builtInTriggers' | 'customTriggers' | 'messages'>>;

export type PolicyEditorAction =
  | { readonly type: 'loaded'; readonly policy: LoadedPolicy }
  | { readonly type: 'reloaded'; readonly policy: LoadedPolicy }
  | { readonly type: 'saved'; readonly policy: LoadedPolicy }
  | { readonly type: 'discarded' }
  | { readonly type: 'setBuiltIn'; readonly trigger: BuiltInTrigger; readonly on: boolean }
  | { readonly type: 'addTrigger'; readonly trigger: Omit<TriggerRow, 'id'> }
  | { readonly type: 'updateTrigger'; readonly index: number; readonly patch: Partial<Omit<TriggerRow, 'id'>> }
  | { readonly type: 'removeTrigger'; readonly index: number }
  | { readonly type: 'set'; readonly patch: PolicyScalarPatch }
  | { readonly type: 'setMessage'; readonly kind: keyof HandoffMessages; readonly text: string }
  | { readonly type: 'saveRejected'; readonly issues: readonly PathIssue[] }
  | { readonly type: 'conflict'; readonly currentVersion: number }
  | { readonly type: 'saveFailed'; readonly failure: SaveFailure };

export const initialEditorState: PolicyEditorState = { baseline: null, form: null, serverIssues: [], conflictVersion: null, failure: null };

/** True when the form would save something other than what was loaded. */
export const isDirty = (state: PolicyEditorState): boolean => state.form !== null && state.baseline !== null && !sameDocument(state.form, state.baseline.form);

const fresh = ({ document, ...meta }: LoadedPolicy): PolicyEditorState => {
  const form = documentToForm(document);
  return { baseline: { ...meta, form }, form, serverIssues: [], conflictVersion: null, failure: null };
};

const ASSIGNMENT_FIELDS = new Set(['assignmentMode', 'destination', 'userIds', 'teamIds', 'strategy', 'ruleSetId']);

function edited(state: PolicyEditorState, form: PolicyForm, ...paths: string[]): PolicyEditorState {
  return { ...state, form, failure: null, serverIssues: state.serverIssues.filter((i) => !paths.some((p) => isUnder(i.path, p))) };
}

/** Every change to the screen's state; pure, so the whole editing flow is unit-tested. */
export function policyEditorReducer(state: PolicyEditorState, action: PolicyEditorAction): PolicyEditorState {
  if (action.type === 'loaded') {
    if (state.baseline === null) return fresh(action.policy);
    // Versions only grow: an older one is a stale cache answer.
    if (action.policy.version <= state.baseline.version) return state;
    if (!isDirty(state)) return fresh(action.policy);
    // Never rebase unsaved edits silently: that would overwrite the other admin's save. Offer a reload instead.
    return { ...state, conflictVersion: action.policy.version };
  }
  if (action.type === 'reloaded' || action.type === 'saved') return fresh(action.policy);
  if (action.type === 'saveRejected') return { ...state, serverIssues: action.issues, failure: null };
  if (action.type === 'conflict') return { ...state, conflictVersion: action.currentVersion, failure: null };
  if (action.type === 'saveFailed') return { ...state, failure: action.failure };
  const form = state.form;
  if (form === null || state.baseline === null) return state;
  switch (action.type) {
    case 'discarded':
      return { ...state, form: state.baseline.form, serverIssues: [], failure: null };
    case 'setBuiltIn':
      return edited(state, { ...form, builtInTriggers: { ...form.builtInTriggers, [action.trigger]: action.on } }, `builtInTriggers.${action.trigger}`);
    case 'addTrigger': {
      const customTriggers = [...form.customTriggers, { id: nextTriggerId(form.customTriggers), ...action.trigger }];
      return edited(state, { ...form, customTriggers }, 'customTriggers');
    }
    case 'updateTrigger': {
      const customTriggers = form.customTriggers.map((t, i) => (i === action.index ? { ...t, ...action.patch } : t));
      return edited(state, { ...form, customTriggers }, `customTriggers[${action.index}]`);
    }
    case 'removeTrigger':
      // Later rows move up, so the server's indexed issues no longer point at the right rows.
      return edited(state, { ...form, customTriggers: form.customTriggers.filter((_, i) => i !== action.index) }, 'customTriggers');
    case 'set': {
      const keys = Object.keys(action.patch);
      const paths = keys.map((k) => (ASSIGNMENT_FIELDS.has(k) ? 'assignment' : k));
      // The process decides which messages are required and whether a pool is needed.
      if (keys.includes('process')) paths.push('messages', 'assignment');
      return edited(state, { ...form, ...action.patch }, ...paths);
    }
    case 'setMessage':
      return edited(state, { ...form, messages: { ...form.messages, [action.kind]: action.text } }, `messages.${action.kind}`);
  }
}
