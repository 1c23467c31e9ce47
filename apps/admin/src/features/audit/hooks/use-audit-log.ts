import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { AuditLogDocument } from '../../../generated/graphql';
import { appendPage } from '../adapters/append-page';
import type { AuditEntry } from '../adapters/audit-entry';

/** Entries per request; the API allows up to 100. */
export const AUDIT_PAGE_SIZE = 20;

/** The audit log, newest first, growing a page at a time with the connection's cursor. */
export function useAuditLog() {
  const query = useQuery(AuditLogDocument, { variables: { first: AUDIT_PAGE_SIZE } });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const connection = query.data?.auditLog;
  // Stable between renders, so the names and diffs computed from it are too.
  const entries: AuditEntry[] = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);

  const loadMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await query.fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({ ...previous, auditLog: appendPage(previous.auditLog, fetchMoreResult.auditLog) }),
      });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    entries,
    loading: query.loading && !connection,
    error: connection ? undefined : query.error,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore,
    loadingMore,
    moreError,
  };
}
