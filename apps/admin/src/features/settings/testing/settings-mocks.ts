import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { SettingsPolicyDocument, SettingsUpdatePolicyDocument, type SettingsUpdatePolicyMutationVariables } from '../../../generated/graphql';
import { ROUTED_DOCUMENT } from './policy-documents';

/** An unusable stored policy, as the API reports it next to the default policy in effect. */
export const storedProblem = (version: number, issues: { code: string; path: string; message: string }[]) => ({
  __typename: 'StoredDocumentProblem',
  version,
  issues: issues.map((i) => ({ __typename: 'ValidationIssue', ...i })),
});

/** The policy query's answer, as the API shapes it (with __typename, as the cache asks for it). */
export function policyQueryMock(version = 1, document: object = ROUTED_DOCUMENT, problem: ReturnType<typeof storedProblem> | null = null): MockLink.MockedResponse {
  return {
    request: { query: SettingsPolicyDocument },
    result: {
      data: {
        handoffPolicy: { __typename: 'HandoffPolicy', version, updatedAt: '2025-03-01T10:00:00.000Z', updatedBy: 'demo-seed', document, storedProblem: problem },
        ruleSets: [
          { __typename: 'RoutingRuleSet', id: 'rs-1', name: 'Aurora ticket routing', publishedVersion: 1 },
          { __typename: 'RoutingRuleSet', id: 'rs-2', name: 'Weekend routing', publishedVersion: null },
        ],
        destinations: [
          { __typename: 'DestinationSettings', kind: 'inbox', name: 'Aurora inbox' },
          { __typename: 'DestinationSettings', kind: 'helpDesk', name: 'Aurora help desk' },
        ],
        teams: [{ __typename: 'Team', id: 't-1', name: 'Support' }],
        users: [{ __typename: 'User', id: 'u-1', name: 'Aino Virtanen', email: 'aino@demo.handoff.dev' }],
      },
    },
  };
}

type Variables = SettingsUpdatePolicyMutationVariables;

/** A save that succeeds; `seen` receives the variables the screen sent. */
export function saveMock(seen: (variables: Variables) => void, version = 2): MockLink.MockedResponse {
  return {
    request: { query: SettingsUpdatePolicyDocument, variables: () => true },
    result: (variables: Variables) => {
      seen(variables);
      const saved = { __typename: 'HandoffPolicy', version, updatedAt: '2025-03-02T09:30:00.000Z', updatedBy: 'admin', document: variables.input.policy, storedProblem: null };
      return { data: { updateHandoffPolicy: { __typename: 'UpdateHandoffPolicyPayload', policy: saved } } };
    },
  };
}

/** A save the server refuses with the given error extensions. */
export function refusedSaveMock(message: string, extensions: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: SettingsUpdatePolicyDocument, variables: () => true },
    result: { errors: [new GraphQLError(message, { extensions })] },
  };
}
