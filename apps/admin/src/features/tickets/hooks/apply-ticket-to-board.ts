import type { ApolloCache } from '@apollo/client';
import { TicketsBoardColumnDocument, type TicketsBoardCardFragment, type TicketStatus } from '../../../generated/graphql';
import { placeTicket, type BoardFilter } from '../adapters/board-cache';
import { STATUS_COLUMNS } from '../adapters/ticket-labels';

/** Cards per column and per "Show more". */
export const COLUMN_PAGE_SIZE = 25;

/** The variables a column queries with; the cache writes below must use exactly the same ones. */
export function columnVariables(status: TicketStatus, filter: BoardFilter) {
  return {
    filter: { status, ...(filter.teamId ? { teamId: filter.teamId } : {}), ...(filter.ownerId ? { ownerId: filter.ownerId } : {}) },
    first: COLUMN_PAGE_SIZE,
  };
}

/**
 * Moves a ticket the server just reported (live event or mutation result) into the right column of
 * every cached column list of the current filter. Columns not in the cache are skipped.
 */
export function applyTicketToBoard(cache: ApolloCache, ticket: TicketsBoardCardFragment, filter: BoardFilter): void {
  for (const { status } of STATUS_COLUMNS) {
    cache.updateQuery({ query: TicketsBoardColumnDocument, variables: columnVariables(status, filter) }, (data) => {
      if (!data) return undefined;
      const tickets = placeTicket(data.tickets, ticket, status, filter);
      return tickets === data.tickets ? undefined : { ...data, tickets };
    });
  }
}
