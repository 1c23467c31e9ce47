// Documents at and just past each cap of the API's query limits, written plainly, through named
// fragments and through inline fragments, so the suite shows that fragments hide nothing.
// The caps are the API's defaults (apps/api/src/graphql/limits/limits-config.ts DEFAULT_LIMITS):
export const CAPS = { depth: 10, aliases: 15, directives: 20, tokens: 2_000, cost: 20_000 } as const;

/** How a document wraps its selections. */
export type Style = 'plain' | 'named fragments' | 'inline fragments';
export const STYLES: readonly Style[] = ['plain', 'named fragments', 'inline fragments'];

// tickets → edges → node → owner → teams → members → teams → …, each step with its parent type.
function steps(length: number, root: readonly [string, string][]): [string, string][] {
  const all: [string, string][] = [...root];
  while (all.length < length) all.push(all.length % 2 === root.length % 2 ? ['teams', 'User'] : ['members', 'Team']);
  return all.slice(0, length);
}
const QUERY_ROOT: readonly [string, string][] = [['tickets(first: 1)', 'Query'], ['edges', 'TicketConnection'], ['node', 'TicketEdge'], ['owner', 'Ticket']];

/** A selection whose deepest field is `depth` levels down, under `root` (a query's or a subscription's path). */
export function deepSelection(depth: number, style: Style, root: readonly [string, string][] = QUERY_ROOT): string {
  const path = steps(depth - 1, root);
  if (style === 'plain') return `{ ${path.reduceRight((inner, [field]) => `${field} { ${inner} }`, 'id')} }`;
  if (style === 'inline fragments') return `{ ${path.reduceRight((inner, [field, on]) => `... on ${on} { ${field} { ${inner} } }`, 'id')} }`;
  const fragments = path.map(([field, on], i) => `fragment F${i} on ${on} { ${field} { ${i + 1 < path.length ? `...F${i + 1}` : 'id'} } }`);
  return `{ ...F0 } ${fragments.join(' ')}`;
}

/** The same depth below a subscription root. */
export const deepSubscription = (depth: number, style: Style): string =>
  `subscription ${deepSelection(depth, style, [['ticketCreated', 'Subscription'], ['owner', 'Ticket']])}`;

/** `count` aliased fields under `root` (a query's lists, or a subscription's ticket). */
export function aliased(count: number, style: Style, subscription = false): string {
  const field = subscription ? 'id' : 'tickets(first: 1) { edges { cursor } }';
  const on = subscription ? 'Ticket' : 'Query';
  const aliases = Array.from({ length: count }, (_, i) => `a${i}: ${field}`);
  const wrap = (inner: string): string => (subscription ? `subscription { ticketCreated { ${inner} } }` : `{ ${inner} }`);
  if (style === 'plain') return wrap(aliases.join(' '));
  if (style === 'inline fragments') return wrap(aliases.map((a) => `... on ${on} { ${a} }`).join(' '));
  return `${wrap(aliases.map((_, i) => `...A${i}`).join(' '))} ${aliases.map((a, i) => `fragment A${i} on ${on} { ${a} }`).join(' ')}`;
}

/** `count` @include directives on the cursors of one small page. */
export function directives(count: number, style: Style): string {
  const marked = Array.from({ length: count }, () => 'cursor @include(if: true)');
  if (style === 'plain') return `{ tickets(first: 1) { edges { ${marked.join(' ')} } } }`;
  if (style === 'inline fragments') return `{ tickets(first: 1) { edges { ${marked.map((m) => `... on TicketEdge { ${m} }`).join(' ')} } } }`;
  return `{ tickets(first: 1) { edges { ${marked.map((_, i) => `...D${i}`).join(' ')} } } } ${marked.map((m, i) => `fragment D${i} on TicketEdge { ${m} }`).join(' ')}`;
}

/**
 * A query of exactly `count` lexical tokens that runs: a routing simulation whose facts hold a
 * list of numbers (26 tokens around the list, one per number). Repeating one field instead would
 * trip graphql-js's own budget for comparing overlapping fields long before the token cap.
 */
export const tokensInFacts = (count: number, ruleSetId: string): string =>
  `{ simulateRouting(input: { ruleSetId: "${ruleSetId}", facts: { k: [${'1 '.repeat(count - 26)}] } }) { decision { usedFallback } } }`;

const BOARD = 'edges { node { id subject status priority tags createdAt owner { id name email teams { id name members { id name } } } team { id name } } }';

/** One full page of the board (about 13,200: under the cost cap). */
export const boardPage = (size: number): string => `{ tickets(first: ${size}) { ${BOARD} } }`;

/** Two full pages: over the cost cap, however they are written. */
export function twoPages(style: Style): string {
  if (style === 'plain') return `{ a: tickets(first: 100) { ${BOARD} } b: tickets(first: 100) { ${BOARD} } }`;
  if (style === 'inline fragments') return `{ ... on Query { a: tickets(first: 100) { ... on TicketConnection { ${BOARD} } } } b: tickets(first: 100) { ${BOARD} } }`;
  return `{ a: tickets(first: 100) { ...Board } b: tickets(first: 100) { ...Board } } fragment Board on TicketConnection { ${BOARD} }`;
}

/** Two pages sized by a variable, which the document alone does not show. */
export const twoPagesByVariable = `query ($n: Int!) { a: tickets(first: $n) { ${BOARD} } b: tickets(first: $n) { ${BOARD} } }`;

/** Eight pages left at their default size. */
export const eightDefaultPages = `{ ${Array.from({ length: 8 }, (_, i) => `p${i}: tickets { ${BOARD} }`).join(' ')} }`;

/** 2^levels copies of one field through fragments that each spread the previous one twice. */
export function fragmentBomb(levels: number, alias: boolean): string {
  const fragments = [`fragment L0 on Query { ${alias ? 'x: ' : ''}__typename }`];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment L${i} on Query { ...L${i - 1} ...L${i - 1} }`);
  return `{ ...L${levels} } ${fragments.join(' ')}`;
}

/** Fragments that spread each other in a ring of `size`. */
export function fragmentRing(size: number): string {
  const fragments = Array.from({ length: size }, (_, i) => `fragment R${i} on User { teams { members { ...R${(i + 1) % size} } } }`);
  return `{ users { ...R0 } } ${fragments.join(' ')}`;
}
