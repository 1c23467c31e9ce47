import type { MockLink } from '@apollo/client/testing';
import { DEFAULT_FIELD_CATALOGUE, OPERATORS } from '@handoff/domain';
import { GraphQLError } from 'graphql';
import {
  ReferenceDataDocument,
  SimulatorHandoffDocument,
  SimulatorRoutingDocument,
  SimulatorRuleSetsDocument,
  type SimulatorHandoffQuery,
  type SimulatorHandoffQueryVariables,
  type SimulatorRoutingQueryVariables,
  type SimulatorRoutingTraceFragment,
} from '../../../generated/graphql';

/** The workspace vocabulary as the API hands it out (with __typename, as the cache asks for it). */
export function referenceDataMock(): MockLink.MockedResponse {
  return {
    request: { query: ReferenceDataDocument },
    result: {
      data: {
        teams: [
          { __typename: 'Team', id: 't-billing', name: 'Billing', members: [{ __typename: 'User', id: 'u-priya' }] },
          { __typename: 'Team', id: 't-fi', name: 'Finnish speakers', members: [{ __typename: 'User', id: 'u-aino' }] },
        ],
        users: [
          { __typename: 'User', id: 'u-priya', name: 'Priya Nair', email: 'priya@demo.handoff.dev', status: 'online' },
          { __typename: 'User', id: 'u-aino', name: 'Aino Virtanen', email: 'aino@demo.handoff.dev', status: 'online' },
        ],
        destinations: [
          { __typename: 'DestinationSettings', kind: 'inbox', name: 'Aurora shared inbox' },
          { __typename: 'DestinationSettings', kind: 'helpDesk', name: 'Aurora help desk' },
        ],
        fieldCatalogue: DEFAULT_FIELD_CATALOGUE.fields.map((f) => ({
          __typename: 'FieldDefinition',
          id: f.id,
          entity: f.entity,
          label: f.label,
          type: f.type,
          options: f.options ? [...f.options] : null,
          operators: [],
          valueSource: f.valueSource ?? null,
          custom: false,
        })),
        operators: OPERATORS.map((o) => ({ __typename: 'OperatorDefinition', id: o.id, label: o.label, text: o.text, valueShape: o.valueShape })),
      },
    },
  };
}

const node = (path: string, rest: Partial<SimulatorRoutingTraceFragment['rules'][number]['nodes'][number]>) => ({
  __typename: 'NodeTrace' as const,
  path,
  kind: 'condition',
  combinator: null,
  field: null,
  operator: null,
  expected: null,
  actual: null,
  result: true,
  ...rest,
});

/** The demo rule set's trace for an English refund request by email: the first rule matches. */
export const REFUND_TRACE: SimulatorRoutingTraceFragment = {
  decision: {
    matchedRuleIds: ['refunds-by-email'],
    usedFallback: false,
    actions: [{ type: 'assignTeam', teamId: 't-billing', userId: null, priority: null, tags: null, destination: null, message: null, strategy: null }],
  },
  rules: [
    {
      ruleId: 'refunds-by-email',
      ruleIndex: 0,
      name: 'Refunds by email go to Billing',
      status: 'matched',
      nodes: [
        node('rules[0].when', { kind: 'group', combinator: 'all' }),
        node('rules[0].when.all[0]', { field: 'conversation.channel', operator: 'equals', expected: 'email', actual: 'email' }),
        node('rules[0].when.all[1]', { kind: 'group', combinator: 'any' }),
        node('rules[0].when.all[1].any[0]', { field: 'conversation.messageText', operator: 'contains', expected: 'refund', actual: 'I want to talk to a human about a refund' }),
      ],
    },
    { ruleId: 'finnish-speakers', ruleIndex: 1, name: 'Finnish conversations go to the Finnish speakers', status: 'notReached', nodes: [] },
  ],
};

/** The same rule set when a chat in English matches nothing: the fallback applies. */
export const FALLBACK_TRACE: SimulatorRoutingTraceFragment = {
  decision: {
    matchedRuleIds: [],
    usedFallback: true,
    actions: [{ type: 'assignTeam', teamId: 't-billing', userId: null, priority: null, tags: null, destination: null, message: null, strategy: null }],
  },
  rules: [
    {
      ruleId: 'refunds-by-email',
      ruleIndex: 0,
      name: 'Refunds by email go to Billing',
      status: 'notMatched',
      nodes: [
        node('rules[0].when', { kind: 'group', combinator: 'all', result: false }),
        node('rules[0].when.all[0]', { field: 'conversation.channel', operator: 'equals', expected: 'email', actual: 'chat', result: false }),
      ],
    },
    {
      ruleId: 'finnish-speakers',
      ruleIndex: 1,
      name: 'Finnish conversations go to the Finnish speakers',
      status: 'notMatched',
      nodes: [node('rules[1].when', { field: 'conversation.language', operator: 'equals', expected: 'fi', actual: null, result: false })],
    },
  ],
};

/** A handed-off English refund request by email, assigned to Priya in Billing. */
export const REFUND_SIMULATION: SimulatorHandoffQuery['simulateHandoff'] = {
  handedOff: true,
  reason: 'visitorAskedForHuman',
  at: '2026-11-24T10:00:00.000Z',
  mode: 'live',
  conversationStatus: 'assigned',
  messageKind: 'teamAvailable',
  messageText: 'Connecting you with a member of our team.',
  firedTriggers: [
    { kind: 'visitorAskedForHuman', phrase: null, source: 'message', start: null, end: null, triggerId: null },
    { kind: 'customTrigger', phrase: 'refund', source: 'message', start: 34, end: 40, triggerId: 'en-refund' },
  ],
  ticket: {
    subject: 'I want to talk to a human about a refund',
    description: 'I want to talk to a human about a refund',
    destination: 'helpDesk',
    priority: 'normal',
    tags: [],
    team: { id: 't-billing', name: 'Billing' },
    owner: { id: 'u-priya', name: 'Priya Nair' },
  },
  assignment: { status: 'assigned', cause: null, strategy: 'roundRobin', skipped: [] },
  routing: REFUND_TRACE,
};

/** Adds the __typenames the cache's documents ask for, so MockLink answers match the query shape. */
export function withTypenames(simulation: SimulatorHandoffQuery['simulateHandoff']): Record<string, unknown> {
  return {
    __typename: 'HandoffSimulation',
    ...simulation,
    firedTriggers: simulation.firedTriggers.map((t) => ({ __typename: 'FiredTrigger', ...t })),
    ticket: simulation.ticket && {
      __typename: 'SimulatedTicket',
      ...simulation.ticket,
      team: simulation.ticket.team && { __typename: 'Team', ...simulation.ticket.team },
      owner: simulation.ticket.owner && { __typename: 'User', ...simulation.ticket.owner },
    },
    assignment: simulation.assignment && {
      __typename: 'SimulatedAssignment',
      ...simulation.assignment,
      skipped: simulation.assignment.skipped.map((s) => ({ __typename: 'SkippedCandidate', ...s, user: s.user && { __typename: 'User', ...s.user } })),
    },
    routing: simulation.routing && traceWithTypenames(simulation.routing),
  };
}

/** The trace with its __typenames. */
export function traceWithTypenames(trace: SimulatorRoutingTraceFragment): Record<string, unknown> {
  return {
    __typename: 'RoutingSimulation',
    decision: { __typename: 'RoutingDecision', ...trace.decision, actions: trace.decision.actions.map((a) => ({ __typename: 'RoutingAction', ...a })) },
    rules: trace.rules.map((r) => ({ __typename: 'RuleTrace', ...r, nodes: r.nodes.map((n) => ({ __typename: 'NodeTrace', ...n })) })),
  };
}

/** A handoff simulation answering `simulation`; `seen` receives the variables the screen sent. */
export function handoffMock(simulation: SimulatorHandoffQuery['simulateHandoff'], seen?: (v: SimulatorHandoffQueryVariables) => void): MockLink.MockedResponse {
  return {
    request: { query: SimulatorHandoffDocument, variables: () => true },
    result: (variables: SimulatorHandoffQueryVariables) => {
      seen?.(variables);
      return { data: { simulateHandoff: withTypenames(simulation) } };
    },
  };
}

/** A routing simulation answering `trace`; `seen` receives the variables the screen sent. */
export function routingMock(trace: SimulatorRoutingTraceFragment, seen?: (v: SimulatorRoutingQueryVariables) => void): MockLink.MockedResponse {
  return {
    request: { query: SimulatorRoutingDocument, variables: () => true },
    result: (variables: SimulatorRoutingQueryVariables) => {
      seen?.(variables);
      return { data: { simulateRouting: traceWithTypenames(trace) } };
    },
  };
}

/** A simulation the server refuses with a coded error. */
export function refusedMock(query: typeof SimulatorHandoffDocument | typeof SimulatorRoutingDocument, message: string, extensions: Record<string, unknown>): MockLink.MockedResponse {
  return { request: { query, variables: () => true }, result: { errors: [new GraphQLError(message, { extensions })] } };
}

/** The rule sets: the demo one (routing now) and a draft never published. */
export function ruleSetsMock(ruleSets = [
  { id: 'rs-1', name: 'Aurora ticket routing', publishedVersion: 1, draftVersion: 2 },
  { id: 'rs-2', name: 'Weekend routing', publishedVersion: null, draftVersion: 1 },
]): MockLink.MockedResponse {
  return {
    request: { query: SimulatorRuleSetsDocument },
    result: {
      data: {
        ruleSets: ruleSets.map((r) => ({ __typename: 'RoutingRuleSet', ...r })),
        handoffPolicy: { __typename: 'HandoffPolicy', assignment: { __typename: 'HandoffAssignment', mode: 'conditionRouting', ruleSetId: 'rs-1' } },
      },
    },
  };
}
