import type { TicketStatus } from '../../../generated/graphql';

/** What decides which column (if any) a ticket belongs in. */
export interface PlaceableTicket {
  readonly id: string;
  readonly status: TicketStatus;
  readonly createdAt: string;
  readonly team: { readonly id: string } | null;
  readonly owner: { readonly id: string } | null;
}

/** The board's filter; null means "everyone". */
export interface BoardFilter {
  readonly teamId: string | null;
  readonly ownerId: string | null;
}

/** The part of a Relay connection the board keeps: loaded edges, newest first, and whether more exist. */
export interface ColumnConnection<T> {
  readonly edges: ReadonlyArray<{ readonly node: T }>;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/** Whether `ticket` shows in the `status` column of a board filtered by `filter`. */
export function belongsToColumn(ticket: PlaceableTicket, status: TicketStatus, filter: BoardFilter): boolean {
  return (
    ticket.status === status &&
    (filter.teamId === null || ticket.team?.id === filter.teamId) &&
    (filter.ownerId === null || ticket.owner?.id === filter.ownerId)
  );
}

/** Whether the board, whatever the column, shows `ticket` under `filter`. */
export const matchesBoardFilter = (ticket: PlaceableTicket, filter: BoardFilter): boolean => belongsToColumn(ticket, ticket.status, filter);

/** The API's order: created later first, ties broken by the larger id. */
export function isNewer(a: Pick<PlaceableTicket, 'id' | 'createdAt'>, b: Pick<PlaceableTicket, 'id' | 'createdAt'>): boolean {
  const at = Date.parse(a.createdAt);
  const bt = Date.parse(b.createdAt);
  return at !== bt ? at > bt : a.id > b.id;
}

/**
 * Puts `ticket` where it now belongs in one column: inserted in order if it joined, removed if it
 * left (status, team or owner changed), refreshed if it stayed. Returns `connection` itself when
 * nothing changes, so callers can skip a cache write. A ticket older than everything loaded while
 * more pages exist is left for "Show more" to fetch, so paging never skips or repeats it.
 */
export function placeTicket<C extends ColumnConnection<PlaceableTicket>>(connection: C, ticket: C['edges'][number]['node'], status: TicketStatus, filter: BoardFilter): C {
  const index = connection.edges.findIndex((edge) => edge.node.id === ticket.id);
  const belongs = belongsToColumn(ticket, status, filter);
  if (index >= 0) {
    if (!belongs) return { ...connection, edges: connection.edges.filter((_, i) => i !== index) };
    const current = connection.edges[index];
    if (current?.node === ticket) return connection;
    return { ...connection, edges: connection.edges.map((edge, i) => (i === index ? { ...edge, node: ticket } : edge)) };
  }
  if (!belongs) return connection;
  const position = connection.edges.findIndex((edge) => isNewer(ticket, edge.node));
  if (position < 0 && connection.pageInfo.hasNextPage) return connection;
  // Apollo's cache needs the typename on objects it did not receive from the server.
  const edge = { __typename: 'TicketEdge' as const, node: ticket };
  const edges = [...connection.edges];
  edges.splice(position < 0 ? edges.length : position, 0, edge);
  return { ...connection, edges };
}

/** Appends the next page, dropping tickets already shown (a live event may have brought them first). */
export function appendPage<C extends ColumnConnection<PlaceableTicket>>(connection: C, next: ColumnConnection<C['edges'][number]['node']>): C {
  const seen = new Set(connection.edges.map((edge) => edge.node.id));
  return {
    ...connection,
    edges: [...connection.edges, ...next.edges.filter((edge) => !seen.has(edge.node.id))],
    pageInfo: next.pageInfo,
  };
}
