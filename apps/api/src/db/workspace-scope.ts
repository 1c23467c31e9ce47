/**
 * Every query runs inside one workspace. A missing or blank workspace id is a bug that would
 * widen a query to every tenant, so it throws instead of being ignored.
 */
export function requireWorkspace(workspaceId: string | null | undefined): string {
  if (typeof workspaceId !== 'string' || workspaceId.trim() === '') {
    throw new Error('A repository was called without a workspace id; refusing to run an unscoped query');
  }
  return workspaceId;
}
