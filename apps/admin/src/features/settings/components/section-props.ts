import type { Dispatch } from 'react';
import type { SettingsPolicyQuery } from '../../../generated/graphql';
import type { PathIssue } from '../adapters/issue-places';
import type { PolicyEditorAction } from '../adapters/policy-editor';
import type { PolicyForm } from '../adapters/policy-form';

/** What every section of the form gets: the state, the issues (live and server), and the way to change it. */
export interface SectionProps {
  readonly form: PolicyForm;
  readonly issues: readonly PathIssue[];
  readonly dispatch: Dispatch<PolicyEditorAction>;
}

/** The workspace's names for people, teams, destinations and rule sets. */
export type AssignmentChoices = Pick<SettingsPolicyQuery, 'destinations' | 'teams' | 'users' | 'ruleSets'>;
