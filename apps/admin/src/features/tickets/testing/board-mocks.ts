import type { MockLink } from '@apollo/client/testing';
import {
  ReferenceDataDocument,
  TicketsAssignDocument,
  TicketsAssigneesDocument,
  TicketsBoardColumnDocument,
  TicketsBoardCreatedDocument,
  TicketsBoardUpdatedDocument,
  TicketsCloseDocument,
  type TicketsAssignMutationVariables,
  type TicketsCloseMutationVariables,
  type TicketStatus,
} from '../../../generated/graphql';
import type { BoardFilter } from '../adapters/board-cache';
import { columnVariables } from '../hooks/apply-ticket-to-board';

const SUPPORT = { __typename: 'Team', id: 'team-support', name: 'Support' };
const BILLING = { __typename: 'Team', id: 'team-billing', name: 'Billing' };
const ANA = { __typename: 'User', id: 'user-ana', name: 'Ana Ruiz', status: 'online' };
const BEN = { __typename: 'User', id: 'user-ben', name: 'Ben Okafor', status: 'away' };

/** A card as the API sends it (with __typename, as the cache asks for it). */
export function boardTicket(id: string, subject: string, status: TicketStatus, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Ticket',
    id,
    subject,
    status,
    priority: 'normal',
    sourceChannel: 'email',
    createdAt: '2026-11-23T09:00:00.000Z',
    updatedAt: '2026-11-23T09:00:00.000Z',
    team: SUPPORT,
    owner: null,
    ...overrides,
  };
}

export const REFUND = boardTicket('t-refund', 'Refund for order 10391', 'new');
export const JACKETS = boardTicket('t-jackets', 'Bulk order of jackets stuck', 'open', { priority: 'urgent', owner: ANA, createdAt: '2026-11-23T08:00:00.000Z' });
export const INVOICE = boardTicket('t-invoice', 'Invoice is missing a credit', 'pending', { team: BILLING, owner: BEN });

const everyone: BoardFilter = { teamId: null, ownerId: null };

/** One column's first page. */
export function columnMock(status: TicketStatus, tickets: readonly object[], filter = everyone): MockLink.MockedResponse {
  return {
    request: { query: TicketsBoardColumnDocument, variables: columnVariables(status, filter) },
    result: {
      data: {
        tickets: { __typename: 'TicketConnection', edges: tickets.map((node) => ({ __typename: 'TicketEdge', node })), pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
      },
    },
  };
}

/** The three open columns of the default board, with one ticket each. */
export const boardMocks = (): MockLink.MockedResponse[] => [columnMock('new', [REFUND]), columnMock('open', [JACKETS]), columnMock('pending', [INVOICE])];

/** A subscription that never fires, for tests that do not need live events. */
const silent = (query: MockLink.MockedRequest['query']): MockLink.MockedResponse => ({ request: { query }, delay: Infinity });

export const quietSubscriptions = (): MockLink.MockedResponse[] => [silent(TicketsBoardCreatedDocument), silent(TicketsBoardUpdatedDocument)];

/** ticketCreated fires once, `delay` ms after subscribing (after the columns have loaded). */
export function createdEventMock(ticket: object, delay = 300): MockLink.MockedResponse {
  return { request: { query: TicketsBoardCreatedDocument }, result: { data: { ticketCreated: ticket } }, delay };
}

/** ticketUpdated fires once, `delay` ms after subscribing. */
export function updatedEventMock(ticket: object, delay = 300): MockLink.MockedResponse {
  return { request: { query: TicketsBoardUpdatedDocument }, result: { data: { ticketUpdated: ticket } }, delay };
}

export function referenceDataMock(): MockLink.MockedResponse {
  return {
    request: { query: ReferenceDataDocument },
    result: {
      data: {
        teams: [
          { ...SUPPORT, members: [{ __typename: 'User', id: ANA.id }] },
          { ...BILLING, members: [{ __typename: 'User', id: BEN.id }] },
        ],
        users: [
          { ...ANA, email: 'ana@example.com' },
          { ...BEN, email: 'ben@example.com' },
        ],
        destinations: [],
        fieldCatalogue: [],
        operators: [],
      },
    },
  };
}

export function assigneesMock(): MockLink.MockedResponse {
  const row = (user: typeof ANA, openTickets: number, available: boolean, reason: string | null) => ({
    __typename: 'AgentAvailability',
    user: { ...user, capacity: 5, openTickets },
    available,
    reason,
  });
  return { request: { query: TicketsAssigneesDocument }, result: { data: { availability: [row(ANA, 1, true, null), row(BEN, 2, false, 'away')] } } };
}

/** assignTicket succeeds; `seen` receives the variables sent. */
export function assignMock(seen: (variables: TicketsAssignMutationVariables) => void): MockLink.MockedResponse {
  return {
    request: { query: TicketsAssignDocument, variables: () => true },
    result: (variables: TicketsAssignMutationVariables) => {
      seen(variables);
      const owner = [ANA, BEN].find((u) => u.id === variables.input.userId) ?? null;
      const team = [SUPPORT, BILLING].find((t) => t.id === variables.input.teamId) ?? null;
      const ticket = { ...REFUND, owner, team, assignments: [] };
      return { data: { assignTicket: { __typename: 'AssignTicketPayload', ticket } } };
    },
  };
}

/** closeTicket succeeds; `seen` receives the variables sent. */
export function closeMock(seen: (variables: TicketsCloseMutationVariables) => void): MockLink.MockedResponse {
  return {
    request: { query: TicketsCloseDocument, variables: () => true },
    result: (variables: TicketsCloseMutationVariables) => {
      seen(variables);
      return { data: { closeTicket: { __typename: 'CloseTicketPayload', ticket: { ...JACKETS, status: 'closed' } } } };
    },
  };
}
