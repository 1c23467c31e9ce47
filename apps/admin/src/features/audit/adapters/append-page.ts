/** A Relay connection page as the log query returns it. */
export interface Page<E extends { readonly node: { readonly id: string } }> {
  readonly edges: readonly E[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/** The next page appended to what is shown; should two pages ever overlap, an entry is kept once. */
export function appendPage<E extends { readonly node: { readonly id: string } }, P extends Page<E>>(shown: P, next: P): P {
  const seen = new Set(shown.edges.map((edge) => edge.node.id));
  return { ...shown, edges: [...shown.edges, ...next.edges.filter((edge) => !seen.has(edge.node.id))], pageInfo: next.pageInfo };
}
