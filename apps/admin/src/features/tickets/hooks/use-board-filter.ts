import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { BoardFilter } from '../adapters/board-cache';

export interface BoardView {
  readonly filter: BoardFilter;
  /** Whether the resolved and closed columns are shown. */
  readonly showDone: boolean;
  readonly setTeam: (teamId: string | null) => void;
  readonly setOwner: (ownerId: string | null) => void;
  readonly setShowDone: (show: boolean) => void;
}

/** The board's filter lives in the URL (?team=…&owner=…&done=1), so a filtered board can be shared and reloaded. */
export function useBoardFilter(): BoardView {
  const [params, setParams] = useSearchParams();
  const teamId = params.get('team');
  const ownerId = params.get('owner');
  const showDone = params.get('done') === '1';
  const filter = useMemo(() => ({ teamId, ownerId }), [teamId, ownerId]);

  const set = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    filter,
    showDone,
    setTeam: useCallback((id: string | null) => set('team', id), [set]),
    setOwner: useCallback((id: string | null) => set('owner', id), [set]),
    setShowDone: useCallback((show: boolean) => set('done', show ? '1' : null), [set]),
  };
}
