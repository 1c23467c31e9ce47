import { useQuery } from '@apollo/client/react';
import { ReferenceDataDocument, type ReferenceDataQuery } from '../../generated/graphql';

/** Teams, people, destinations and the rule vocabulary; fetched once and shared through the cache. */
export function useReferenceData(): { data: ReferenceDataQuery | undefined; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(ReferenceDataDocument, { fetchPolicy: 'cache-first' });
  return { data, loading, error };
}
