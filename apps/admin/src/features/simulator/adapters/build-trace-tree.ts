/** One evaluated node of a rule's condition tree, as the API reports it (flat, with a path). */
export interface TraceNode {
  readonly path: string;
  readonly kind: string;
  readonly combinator: string | null;
  readonly field: string | null;
  readonly operator: string | null;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly result: boolean;
}

/** A trace node placed under the group it belongs to. */
export interface TraceTreeNode<N extends TraceNode = TraceNode> {
  readonly node: N;
  /** 0 for the rule's top node, 1 for its children, and so on. */
  readonly depth: number;
  readonly children: readonly TraceTreeNode<N>[];
}

/** A row of the tree in display order, indented by its depth. */
export interface TraceRow<N extends TraceNode = TraceNode> {
  readonly node: N;
  readonly depth: number;
}

// `rules[0].when.all[1]` is inside `rules[0].when`, but `rules[0].when.all[10]` is not inside `…all[1]`.
const isInside = (path: string, ancestor: string): boolean =>
  path.length > ancestor.length && path.startsWith(ancestor) && (path[ancestor.length] === '.' || path[ancestor.length] === '[');

/**
 * Turns the flat pre-order trace into a tree by paths: a node's parent is the nearest node whose
 * path contains it. Short-circuited nodes are absent from the trace, so groups may have fewer
 * children than the rule; a node whose parent is missing (never from the API) becomes a root.
 */
export function buildTraceTree<N extends TraceNode>(nodes: readonly N[]): TraceTreeNode<N>[] {
  interface Mutable {
    node: N;
    depth: number;
    children: Mutable[];
  }
  const roots: Mutable[] = [];
  const placed: Mutable[] = [];
  for (const node of nodes) {
    let parent: Mutable | undefined;
    for (const candidate of placed) {
      if (isInside(node.path, candidate.node.path) && (!parent || candidate.node.path.length > parent.node.path.length)) parent = candidate;
    }
    const entry: Mutable = { node, depth: parent ? parent.depth + 1 : 0, children: [] };
    (parent ? parent.children : roots).push(entry);
    placed.push(entry);
  }
  return roots;
}

/** The tree back as rows, parents before their children, for a table-like rendering. */
export function flattenTraceTree<N extends TraceNode>(tree: readonly TraceTreeNode<N>[]): TraceRow<N>[] {
  return tree.flatMap((t) => [{ node: t.node, depth: t.depth }, ...flattenTraceTree(t.children)]);
}
