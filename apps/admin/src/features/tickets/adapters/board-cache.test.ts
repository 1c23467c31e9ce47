import type { TicketStatus } from '../../../generated/graphql';
import { appendPage, belongsToColumn, isNewer, matchesBoardFilter, placeTicket, type BoardFilter, type ColumnConnection, type PlaceableTicket } from './board-cache';

const everyone: BoardFilter = { teamId: null, ownerId: null };

const ticket = (id: string, createdAt: string, overrides: Partial<PlaceableTicket> = {}): PlaceableTicket => ({
  id,
  status: 'new',
  createdAt,
  team: { id: 'support' },
  owner: null,
  ...overrides,
});

const column = (tickets: PlaceableTicket[], hasNextPage = false): ColumnConnection<PlaceableTicket> => ({
  edges: tickets.map((node) => ({ node })),
  pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor' : null },
});

const ids = (connection: ColumnConnection<PlaceableTicket>) => connection.edges.map((edge) => edge.node.id);

const t1 = ticket('t1', '2026-11-23T10:00:00.000Z');
const t2 = ticket('t2', '2026-11-23T09:00:00.000Z');
const t3 = ticket('t3', '2026-11-23T08:00:00.000Z');

describe('belongsToColumn', () => {
  it.each<[string, PlaceableTicket, TicketStatus, BoardFilter, boolean]>([
    ['same status, no filter', t1, 'new', everyone, true],
    ['other status', t1, 'open', everyone, false],
    ['team matches', t1, 'new', { teamId: 'support', ownerId: null }, true],
    ['team differs', t1, 'new', { teamId: 'billing', ownerId: null }, false],
    ['no team under a team filter', ticket('x', t1.createdAt, { team: null }), 'new', { teamId: 'support', ownerId: null }, false],
    ['owner matches', ticket('x', t1.createdAt, { owner: { id: 'u1' } }), 'new', { teamId: null, ownerId: 'u1' }, true],
    ['unassigned under an owner filter', t1, 'new', { teamId: null, ownerId: 'u1' }, false],
  ])('when %s, answers %s', (_name, subject, status, filter, expected) => {
    expect(belongsToColumn(subject, status, filter)).toBe(expected);
  });

  it('matchesBoardFilter uses the ticket’s own status', () => {
    expect(matchesBoardFilter(ticket('x', t1.createdAt, { status: 'closed' }), everyone)).toBe(true);
    expect(matchesBoardFilter(t1, { teamId: 'billing', ownerId: null })).toBe(false);
  });
});

describe('isNewer', () => {
  it('orders by creation time, then by id', () => {
    expect(isNewer(t1, t2)).toBe(true);
    expect(isNewer(t2, t1)).toBe(false);
    expect(isNewer(ticket('b', t1.createdAt), ticket('a', t1.createdAt))).toBe(true);
  });
});

describe('placeTicket', () => {
  describe('when a new ticket belongs in the column', () => {
    it('puts the newest ticket first', () => {
      const next = placeTicket(column([t2, t3]), t1, 'new', everyone);
      expect(ids(next)).toEqual(['t1', 't2', 't3']);
    });

    it('inserts an older ticket at its place in the order', () => {
      expect(ids(placeTicket(column([t1, t3]), t2, 'new', everyone))).toEqual(['t1', 't2', 't3']);
    });

    it('appends the oldest ticket when every page is loaded', () => {
      expect(ids(placeTicket(column([t1, t2]), t3, 'new', everyone))).toEqual(['t1', 't2', 't3']);
    });

    it('leaves the oldest ticket to the next page when more pages exist', () => {
      const start = column([t1, t2], true);
      expect(placeTicket(start, t3, 'new', everyone)).toBe(start);
    });

    it('gives the new edge the typename the cache needs', () => {
      expect(placeTicket(column([]), t1, 'new', everyone).edges[0]).toEqual({ __typename: 'TicketEdge', node: t1 });
    });
  });

  describe('when the ticket is already in the column', () => {
    it('never duplicates it', () => {
      const again = { ...t1 };
      expect(ids(placeTicket(column([t1, t2]), again, 'new', everyone))).toEqual(['t1', 't2']);
    });

    it('returns the column unchanged for the very same ticket', () => {
      const start = column([t1, t2]);
      expect(placeTicket(start, t1, 'new', everyone)).toBe(start);
    });

    it('refreshes the card with the newer copy', () => {
      const assigned: PlaceableTicket = { ...t1, owner: { id: 'u1' } };
      expect(placeTicket(column([t1]), assigned, 'new', everyone).edges[0]?.node).toBe(assigned);
    });
  });

  describe('when the ticket left the column', () => {
    it('removes it after a status change', () => {
      const opened: PlaceableTicket = { ...t1, status: 'open' };
      expect(ids(placeTicket(column([t1, t2]), opened, 'new', everyone))).toEqual(['t2']);
    });

    it('removes it after it moved to a team outside the filter', () => {
      const filter = { teamId: 'support', ownerId: null };
      const moved: PlaceableTicket = { ...t2, team: { id: 'billing' } };
      expect(ids(placeTicket(column([t1, t2]), moved, 'new', filter))).toEqual(['t1']);
    });
  });

  describe('when the ticket never belonged', () => {
    it('returns the column unchanged', () => {
      const start = column([t1]);
      const closed: PlaceableTicket = { ...t2, status: 'closed' };
      expect(placeTicket(start, closed, 'new', everyone)).toBe(start);
      expect(placeTicket(start, t2, 'new', { teamId: 'billing', ownerId: null })).toBe(start);
    });
  });

  describe('when a status change moves a card across the board', () => {
    it('takes it out of one column and into the other', () => {
      const moved: PlaceableTicket = { ...t2, status: 'open' };
      expect(ids(placeTicket(column([t1, t2]), moved, 'new', everyone))).toEqual(['t1']);
      expect(ids(placeTicket(column([t3]), moved, 'open', everyone))).toEqual(['t2', 't3']);
    });
  });
});

describe('appendPage', () => {
  it('adds the next page, skipping tickets already shown, and takes its page info', () => {
    const next = appendPage(column([t1, t2], true), column([t2, t3]));
    expect(ids(next)).toEqual(['t1', 't2', 't3']);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });
});
