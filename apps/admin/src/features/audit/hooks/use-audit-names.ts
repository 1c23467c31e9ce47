import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { AuditNamesDocument } from '../../../generated/graphql';
import { createDiffNames, type DiffNames } from '../../../lib/document-diff/diff-names';
import { ruleSetNamesIn, type AuditEntry } from '../adapters/audit-entry';

/**
 * Names for the ids entries mention. Until they load (or if they fail) entries still render, with
 * ids standing in; rule sets deleted since are named from the log's own create and delete entries.
 */
export function useAuditNames(entries: readonly AuditEntry[]): DiffNames {
  const { data } = useQuery(AuditNamesDocument, { fetchPolicy: 'cache-first' });
  return useMemo(
    () =>
      createDiffNames({
        teams: data?.teams,
        users: data?.users,
        destinations: data?.destinations,
        fields: data?.fieldCatalogue,
        ruleSets: [...ruleSetNamesIn(entries), ...(data?.ruleSets ?? [])],
      }),
    [data, entries],
  );
}
