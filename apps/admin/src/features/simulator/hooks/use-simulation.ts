import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';

/** One simulation run: its answer or its error, and the variables it ran with (to explain the answer). */
export interface SimulationState<TData, TVariables> {
  readonly loading: boolean;
  readonly data: TData | undefined;
  readonly error: unknown;
  readonly variables: TVariables | undefined;
}

/**
 * Runs a simulation query on demand. Results are never cached: the same input may decide
 * differently a minute later (presence, load, a new draft). Only the latest run's answer is kept,
 * so a slow earlier run cannot overwrite a newer one.
 */
export function useSimulation<TData, TVariables extends OperationVariables>(document: TypedDocumentNode<TData, TVariables>) {
  const client = useApolloClient();
  const latest = useRef(0);
  const [state, setState] = useState<SimulationState<TData, TVariables>>({ loading: false, data: undefined, error: undefined, variables: undefined });

  const run = useCallback(
    async (variables: TVariables) => {
      const id = ++latest.current;
      setState((s) => ({ ...s, loading: true }));
      try {
        const result = await client.query<TData, TVariables>({ query: document, variables, fetchPolicy: 'no-cache' });
        if (id === latest.current) setState({ loading: false, data: result.data, error: undefined, variables });
      } catch (error) {
        if (id === latest.current) setState({ loading: false, data: undefined, error, variables });
      }
    },
    [client, document],
  );

  return { ...state, run };
}
