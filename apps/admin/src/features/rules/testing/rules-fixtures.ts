import type { MockLink } from '@apollo/client/testing';
import { DEFAULT_FIELD_CATALOGUE, OPERATORS, OPERATORS_BY_FIELD_TYPE } from '@handoff/domain';
import { GraphQLError } from 'graphql';
import {
  ReferenceDataDocument,
  RulesDeleteRuleSetDocument,
  RulesPublishDocument,
  RulesRuleSetDocument,
  RulesRuleSetsDocument,
  RulesSaveDraftDocument,
  type RulesRuleSetFieldsFragment,
  type RulesSaveDraftMutationVariables,
} from '../../../generated/graphql';
import type { DraftRuleSet } from '../adapters/draft-types';
import { toEditorCatalogue } from '../adapters/editor-catalogue';
import type { ActionChoices } from '../components/action-fields';
import type { ValueSuggestions } from '../components/builder/builder-context';

/** The built-in fields, as the API's fieldCatalogue lists them. */
export const TEST_CATALOGUE = toEditorCatalogue(
  DEFAULT_FIELD_CATALOGUE.fields.map((f) => ({ ...f, options: f.options ?? null, operators: [...OPERATORS_BY_FIELD_TYPE[f.type]], valueSource: f.valueSource ?? null })),
);

export const TEST_CHOICES: ActionChoices = {
  teams: [
    { value: 't-billing', label: 'Billing' },
    { value: 't-support', label: 'Support' },
  ],
  users: [{ value: 'u-priya', label: 'Priya Nair' }],
  destinations: [
    { value: 'inbox', label: 'Aurora inbox' },
    { value: 'helpDesk', label: 'Aurora help desk' },
  ],
  tags: [],
};

export const testSuggestions = (tags: readonly string[] = []): ValueSuggestions => ({ tags, languages: ['fi', 'en'], teams: TEST_CHOICES.teams, users: TEST_CHOICES.users });

/** A valid draft: one rule routing email to Billing, Support as the fallback. */
export const EMAIL_DRAFT: DraftRuleSet = {
  formatVersion: 1,
  hitPolicy: 'firstMatch',
  rules: [{ id: 'email', name: 'Email to Billing', enabled: true, when: { field: 'conversation.channel', operator: 'equals', value: 'email' }, then: [{ type: 'assignTeam', teamId: 't-billing' }] }],
  fallback: [{ type: 'assignTeam', teamId: 't-support' }],
};

/** An unusable stored draft, as the API reports it next to the draft in effect. */
export const draftProblem = (version: number, issues: { code: string; path: string; message: string }[]) => ({
  __typename: 'StoredDocumentProblem',
  version,
  issues: issues.map((i) => ({ __typename: 'ValidationIssue', ...i })),
});

/** A rule set as the API returns it; published at version 1 with `published` as that version's document. */
export function ruleSetFixture(
  draft: DraftRuleSet,
  { draftVersion = 3, published = draft, problem = null }: { draftVersion?: number; published?: DraftRuleSet | null; problem?: RulesRuleSetFieldsFragment['draftProblem'] } = {},
): RulesRuleSetFieldsFragment & { __typename: string } {
  return {
    __typename: 'RoutingRuleSet',
    id: 'rs-1',
    name: 'Help desk routing',
    draft: { ...draft },
    draftVersion,
    publishedVersion: published ? 1 : null,
    updatedAt: '2025-01-01T00:00:00.000Z',
    draftProblem: problem,
    versions: published ? [{ __typename: 'RuleSetVersion', version: 1, publishedAt: '2025-01-01T00:00:00.000Z', publishedBy: 'admin', document: { ...published }, problem: null } as RulesRuleSetFieldsFragment['versions'][number]] : [],
  };
}

/** saveRuleSetDraft: answers with the saved draft at the next version, and reports what was sent. */
export function saveMock(onSend: (variables: RulesSaveDraftMutationVariables) => void, base: RulesRuleSetFieldsFragment): MockLink.MockedResponse {
  return {
    request: { query: RulesSaveDraftDocument, variables: () => true },
    result: (variables: RulesSaveDraftMutationVariables) => {
      onSend(variables);
      const saved = { ...base, draft: variables.input.ruleSet, draftVersion: variables.input.expectedDraftVersion + 1, draftProblem: null };
      return { data: { saveRuleSetDraft: { __typename: 'SaveRuleSetDraftPayload', ruleSet: saved } } };
    },
  };
}

/** saveRuleSetDraft refused: someone saved version `currentVersion` first. */
export function conflictMock(currentVersion: number): MockLink.MockedResponse {
  return {
    request: { query: RulesSaveDraftDocument, variables: () => true },
    result: { errors: [new GraphQLError('ruleSet rs-1 was changed by someone else', { extensions: { code: 'CONFLICT', currentVersion } })] },
  };
}

/** publishRuleSet: the draft becomes version 2. */
export function publishMock(base: RulesRuleSetFieldsFragment, onSend?: (variables: Record<string, unknown>) => void): MockLink.MockedResponse {
  return {
    request: { query: RulesPublishDocument, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      onSend?.(variables);
      return { data: { publishRuleSet: { __typename: 'PublishRuleSetPayload', ruleSet: { ...base, publishedVersion: 2 } } } };
    },
  };
}

/** The workspace vocabulary as the API hands it out (with __typename, as the cache asks for it). */
export function referenceDataMock(): MockLink.MockedResponse {
  return {
    request: { query: ReferenceDataDocument },
    result: {
      data: {
        teams: TEST_CHOICES.teams.map((t) => ({ __typename: 'Team', id: t.value, name: t.label, members: [] })),
        users: [{ __typename: 'User', id: 'u-priya', name: 'Priya Nair', email: 'priya@example.com', status: 'online' }],
        destinations: [
          { __typename: 'DestinationSettings', kind: 'inbox', name: 'Aurora inbox' },
          { __typename: 'DestinationSettings', kind: 'helpDesk', name: 'Aurora help desk' },
        ],
        fieldCatalogue: TEST_CATALOGUE.fields.map((f) => ({
          __typename: 'FieldDefinition',
          id: f.id,
          entity: f.entity,
          label: f.label,
          type: f.type,
          options: f.options ? [...f.options] : null,
          operators: f.operators.map((o) => o.id),
          valueSource: f.valueSource ?? null,
          custom: false,
        })),
        operators: OPERATORS.map((o) => ({ __typename: 'OperatorDefinition', id: o.id, label: o.label, text: o.text, valueShape: o.valueShape })),
      },
    },
  };
}

/** The rule set list: `rs-2` (unpublished) and `rs-1`, which the handoff policy routes with. */
export function ruleSetsMock(): MockLink.MockedResponse {
  return {
    request: { query: RulesRuleSetsDocument },
    result: {
      data: {
        ruleSets: [
          { __typename: 'RoutingRuleSet', id: 'rs-2', name: 'Experiments', draftVersion: 1, publishedVersion: null },
          { __typename: 'RoutingRuleSet', id: 'rs-1', name: 'Help desk routing', draftVersion: 3, publishedVersion: 1 },
        ],
        templates: [{ __typename: 'RuleSetTemplate', id: 'reassign-by-channel', name: 'Reassign tickets for customer agent handoff', description: 'One rule per channel.' }],
        handoffPolicy: { __typename: 'HandoffPolicy', version: 4, assignment: { __typename: 'HandoffAssignment', mode: 'conditionRouting', ruleSetId: 'rs-1' } },
      },
    },
  };
}

/** One rule set by id. */
export function ruleSetMock(ruleSet: RulesRuleSetFieldsFragment): MockLink.MockedResponse {
  return { request: { query: RulesRuleSetDocument, variables: { id: ruleSet.id } }, result: { data: { ruleSet } } };
}

/** deleteRuleSet refused: the handoff policy routes with the set. */
export function deleteRefusedMock(id: string): MockLink.MockedResponse {
  const issues = [{ code: 'INVALID_POLICY', path: 'input.id', message: 'the handoff policy routes with this rule set; choose another one there first' }];
  return {
    request: { query: RulesDeleteRuleSetDocument, variables: { input: { id } } },
    result: { errors: [new GraphQLError('Invalid input', { extensions: { code: 'VALIDATION_FAILED', issues } })] },
  };
}
