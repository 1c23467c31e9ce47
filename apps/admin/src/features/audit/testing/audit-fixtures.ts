import type { MockLink } from '@apollo/client/testing';
import { AuditLogDocument, AuditNamesDocument, AuditRuleSetVersionsDocument } from '../../../generated/graphql';
import type { AuditEntry } from '../adapters/audit-entry';

export const POLICY_V1 = {
  builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true },
  customTriggers: [{ id: 'en-refund', phrase: 'refund', mode: 'word' }],
  process: 'live',
  assignment: { mode: 'conditionRouting', ruleSetId: 'rs-1', strategy: 'roundRobin' },
  messages: { teamAvailable: 'Connecting you.', teamUnavailable: 'We are closed.', ticketUnassigned: 'We will follow up.' },
  unassignedBehaviour: 'keepOpen',
};

const FINNISH = { id: 'finnish', name: 'Finnish speakers', enabled: true, when: { field: 'conversation.language', operator: 'equals', value: 'fi' }, then: [{ type: 'assignTeam', teamId: 't-fi' }] };
const URGENT = { id: 'urgent', name: 'Enterprise is urgent', enabled: true, when: { field: 'contact.tier', operator: 'equals', value: 'enterprise' }, then: [{ type: 'setPriority', priority: 'urgent' }] };
export const RULES_V1 = { formatVersion: 1, hitPolicy: 'firstMatch', rules: [FINNISH, URGENT], fallback: [] };
export const RULES_V2 = { ...RULES_V1, rules: [URGENT, { ...FINNISH, when: { ...FINNISH.when, value: 'sv' } }] };

let counter = 0;

/** An audit entry with sensible defaults. */
export function auditEntry(overrides: Partial<AuditEntry>): AuditEntry & { __typename: 'AuditEntry' } {
  counter += 1;
  return { __typename: 'AuditEntry', id: `a-${counter}`, actor: 'aino@demo.handoff.dev', entityType: 'handoffPolicy', entityId: 'ws-1', action: 'update', before: null, after: null, createdAt: '2025-03-02T09:30:00.000Z', ...overrides };
}

/** One page of the log. */
export function logMock(entries: readonly AuditEntry[], { after = null, endCursor = null }: { after?: string | null; endCursor?: string | null } = {}): MockLink.MockedResponse {
  return {
    request: { query: AuditLogDocument, variables: after === null ? { first: 20 } : { first: 20, after } },
    result: {
      data: {
        auditLog: {
          __typename: 'AuditEntryConnection',
          edges: entries.map((node, i) => ({ __typename: 'AuditEntryEdge', cursor: `c-${node.id}-${i}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
        },
      },
    },
  };
}

/** The names the log's ids stand for. */
export function namesMock(): MockLink.MockedResponse {
  return {
    request: { query: AuditNamesDocument },
    result: {
      data: {
        ruleSets: [{ __typename: 'RoutingRuleSet', id: 'rs-1', name: 'Aurora ticket routing' }],
        teams: [{ __typename: 'Team', id: 't-fi', name: 'Finnish speakers' }],
        users: [{ __typename: 'User', id: 'u-1', name: 'Aino Virtanen' }],
        destinations: [{ __typename: 'DestinationSettings', kind: 'helpDesk', name: 'Aurora help desk' }],
        fieldCatalogue: [],
      },
    },
  };
}

/** rs-1's published versions 1 and 2. */
export function versionsMock(): MockLink.MockedResponse {
  const version = (n: number, document: object) => ({ __typename: 'RuleSetVersion', version: n, publishedAt: '2025-03-01T00:00:00.000Z', publishedBy: 'admin', document });
  return {
    request: { query: AuditRuleSetVersionsDocument, variables: { id: 'rs-1' } },
    result: { data: { ruleSet: { __typename: 'RoutingRuleSet', id: 'rs-1', versions: [version(2, RULES_V2), version(1, RULES_V1)] } } },
  };
}
