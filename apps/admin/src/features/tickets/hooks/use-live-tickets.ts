import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { TicketsBoardColumnDocument, TicketsBoardCreatedDocument, TicketsBoardUpdatedDocument } from '../../../generated/graphql';
import { useLiveStatus } from '../../../lib/apollo/live-connection';
import { matchesBoardFilter, type BoardFilter } from '../adapters/board-cache';
import { applyTicketToBoard } from './apply-ticket-to-board';

/** How long a card that just arrived stays highlighted. */
export const ARRIVAL_HIGHLIGHT_MS = 6000;

export interface LiveTickets {
  /**
   * `connecting` until the socket is acknowledged (and while graphql-ws retries a lost one);
   * `interrupted` after a subscription failed.
   */
  readonly state: 'connecting' | 'live' | 'interrupted';
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

  // Events published while the socket was down (or before it first connected) were not delivered:
  // every time it connects, reload the columns so the board holds everything it missed.
  const status = useLiveStatus();
  const client = useApolloClient();
  useEffect(() => {
    if (status === 'connected') void client.refetchQueries({ include: [TicketsBoardColumnDocument] });
  }, [status, client]);

  const restartCreated = created.restart;
  const restartUpdated = updated.restart;
  const reconnect = useCallback(() => {
    restartCreated();
    restartUpdated();
  }, [restartCreated, restartUpdated]);

  const state = created.error || updated.error ? 'interrupted' : status === 'connecting' || status === 'disconnected' ? 'connecting' : 'live';
  return { state, arrived, announcement, reconnect };
}
