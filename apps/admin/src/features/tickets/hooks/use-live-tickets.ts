import { useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { TicketsBoardCreatedDocument, TicketsBoardUpdatedDocument } from '../../../generated/graphql';
import { matchesBoardFilter, type BoardFilter } from '../adapters/board-cache';
import { applyTicketToBoard } from './apply-ticket-to-board';

/** How long a card that just arrived stays highlighted. */
export const ARRIVAL_HIGHLIGHT_MS = 6000;

export interface LiveTickets {
  /** `interrupted` after a subscription failed; graphql-ws retries lost sockets by itself. */
  readonly state: 'live' | 'interrupted';
  /** Ids of tickets created since the board opened, for a short highlight. */
  readonly arrived: ReadonlySet<string>;
  /** Read out by a live region, so screen reader users hear about new tickets too. */
  readonly announcement: string;
  readonly reconnect: () => void;
}

/** Keeps the board's cached columns in step with ticketCreated and ticketUpdated. */
export function useLiveTickets(filter: BoardFilter): LiveTickets {
  // The socket outlives filter changes; read the filter at event time instead of resubscribing.
  const filterRef = useRef(filter);
  useEffect(() => {
    filterRef.current = filter;
  }, [filter]);
  const [arrived, setArrived] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const markArrived = useCallback((id: string) => {
    setArrived((current) => new Set(current).add(id));
    clearTimeout(timers.current.get(id));
    timers.current.set(
      id,
      setTimeout(() => {
        timers.current.delete(id);
        setArrived((current) => {
          const next = new Set(current);
          next.delete(id);
          return next;
        });
      }, ARRIVAL_HIGHLIGHT_MS),
    );
  }, []);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const created = useSubscription(TicketsBoardCreatedDocument, {
    onData: ({ client, data }) => {
      const ticket = data.data?.ticketCreated;
      if (!ticket) return;
      applyTicketToBoard(client.cache, ticket, filterRef.current);
      if (!matchesBoardFilter(ticket, filterRef.current)) return;
      markArrived(ticket.id);
      setAnnouncement(`New ticket: ${ticket.subject}`);
    },
  });
  const updated = useSubscription(TicketsBoardUpdatedDocument, {
    onData: ({ client, data }) => {
      const ticket = data.data?.ticketUpdated;
      if (ticket) applyTicketToBoard(client.cache, ticket, filterRef.current);
    },
  });

  const restartCreated = created.restart;
  const restartUpdated = updated.restart;
  const reconnect = useCallback(() => {
    restartCreated();
    restartUpdated();
  }, [restartCreated, restartUpdated]);

  return { state: created.error || updated.error ? 'interrupted' : 'live', arrived, announcement, reconnect };
}
