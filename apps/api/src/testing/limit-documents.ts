// Documents at and just over each cap of DEFAULT_LIMITS, written three ways: plainly, through
// named fragments and through inline fragments, so tests can show fragments change nothing.
import { DEFAULT_LIMITS } from '../graphql/limits/limits-config';

export const CAPS = DEFAULT_LIMITS.query;

/** How a document wraps its selections. */
export type Style = 'plain' | 'named fragments' | 'inline fragments';
export const STYLES: readonly Style[] = ['plain', 'named fragments', 'inline fragments'];

// A path as deep as wanted: tickets → edges → node → owner → teams → members → teams → …
// Each step: the field and the type it is selected on.
function path(length: number): [field: string, on: string][] {
  const steps: [string, string][] = [['tickets(first: 1)', 'Query'], ['edges', 'TicketConnection'], ['node', 'TicketEdge'], ['owner', 'Ticket']];
  while (steps.length < length) steps.push(steps.length % 2 === 0 ? ['teams', 'User'] : ['members', 'Team']);
  return steps.slice(0, length);
}

/** A query whose deepest field is `depth` levels down: `depth - 1` objects and then `id`. */
export function deepQuery(depth: number, style: Style = 'plain'): string {
  const steps = path(depth - 1);
  if (style === 'plain') return `{ ${steps.reduceRight((inner, [field]) => `${field} { ${inner} }`, 'id')} }`;
  if (style === 'inline fragments') {
    return `{ ${steps.reduceRight((inner, [field, on]) => `... on ${on} { ${field} { ${inner} } }`, 'id')} }`;
  }
  const fragments = steps.map(([field, on], i) => `fragment F${i} on ${on} { ${field} { ${i + 1 < steps.length ? `...F${i + 1}` : 'id'} } }`);
  return `{ ...F0 } ${fragments.join(' ')}`;
}

/** A query with `count` aliased `tickets` lists; through fragments, each spread once. */
export function aliasedQuery(count: number, style: Style = 'plain'): string {
  const aliases = Array.from({ length: count }, (_, i) => `a${i}: tickets(first: 1) { edges { cursor } }`);
  if (style === 'plain') return `{ ${aliases.join(' ')} }`;
  if (style === 'inline fragments') return `{ ${aliases.map((a) => `... on Query { ${a} }`).join(' ')} }`;
  return `{ ${aliases.map((_, i) => `...A${i}`).join(' ')} } ${aliases.map((a, i) => `fragment A${i} on Query { ${a} }`).join(' ')}`;
}

/** One fragment holding `perSpread` aliases, spread `spreads` times: armor counts every spread. */
export function repeatedSpreadAliases(perSpread: number, spreads: number): string {
  const aliases = Array.from({ length: perSpread }, (_, i) => `a${i}: tickets(first: 1) { edges { cursor } }`);
  return `{ ${'...A '.repeat(spreads)}} fragment A on Query { ${aliases.join(' ')} }`;
}

/** A tickets query carrying `count` @include directives. */
export function directivesQuery(count: number, style: Style = 'plain'): string {
  const marked = Array.from({ length: count }, () => 'cursor @include(if: true)');
  if (style === 'plain') return `{ tickets(first: 1) { edges { ${marked.join(' ')} } } }`;
  if (style === 'inline fragments') return `{ tickets(first: 1) { edges { ${marked.map((m) => `... on TicketEdge { ${m} }`).join(' ')} } } }`;
  return `{ tickets(first: 1) { edges { ${marked.map((_, i) => `...D${i}`).join(' ')} } } } ${marked.map((m, i) => `fragment D${i} on TicketEdge { ${m} }`).join(' ')}`;
}

/**
 * A createTicket mutation of exactly `tokens` lexical tokens, its bulk in a JSON list (repeating a
 * field instead would trip graphql-js's own budget for merging fields).
 */
export function tokensMutation(tokens: number): string {
  // 16 tokens up to `[`, 11 from `]` to the end.
  return `mutation { createTicket(input: { subject: "limits", custom: { n: [${' 0'.repeat(tokens - 27)} ] } }) { ticket { id } } }`;
}

const BOARD = 'edges { node { id subject status priority tags createdAt owner { id name email teams { id name members { id name } } } team { id name } } }';

/** P6's read query, one page of `pageSize` (written in), about 13,200 at 100: under the cost cap. */
export const boardQuery = (pageSize: number): string => `{ tickets(first: ${pageSize}) { ${BOARD} } }`;

/** Two full pages in one document: twice the cost of one, over the cap. */
export function costlyQuery(style: Style = 'plain'): string {
  if (style === 'plain') return `{ a: tickets(first: 100) { ${BOARD} } b: tickets(first: 100) { ${BOARD} } }`;
  if (style === 'inline fragments') return `{ ... on Query { a: tickets(first: 100) { ... on TicketConnection { ${BOARD} } } } b: tickets(first: 100) { ${BOARD} } }`;
  return `{ a: tickets(first: 100) { ...Board } b: tickets(first: 100) { ...Board } } fragment Board on TicketConnection { ${BOARD} }`;
}

/** The same two pages with their size as a variable: armor alone would count them as one ticket each. */
export const costlyByVariables = `query ($n: Int!) { a: tickets(first: $n) { ${BOARD} } b: tickets(first: $n) { ${BOARD} } }`;

/** Eight pages left at the schema's default size (20): armor alone would count one ticket each. */
export const costlyByDefaults = `{ ${Array.from({ length: 8 }, (_, i) => `p${i}: tickets { ${BOARD} }`).join(' ')} }`;

/** Fragments that spread each other: refused by graphql-js's NoFragmentCycles, and quickly. */
export const fragmentCycle = '{ users { ...A } } fragment A on User { teams { ...B } } fragment B on Team { members { ...A } }';
