import { dataOf, type HostileApi } from './http';
import type { Judgement } from './verdict';

// Everything a hostile request could change, read through the API as the demo admin: the policy
// (version and document), every rule set (draft, versions), keys, destinations, people and teams,
// and every ticket, conversation and audit entry, paged to the end. One request while each list
// fits a page of 100; further pages only when a list has grown past one.
const CONFIGURATION = `handoffPolicy { version updatedAt document }
  ruleSets { id name draftVersion publishedVersion updatedAt draft versions { version } }
  apiKeys { id name role revokedAt }
  destinations { kind name version }
  users { id name status capacity workingHours { timeZone intervals { day start end } } }
  teams { id name members { id } }`;

const LISTS = {
  tickets: 'id updatedAt status priority subject description tags destination owner { id } team { id }',
  conversations: 'id updatedAt status language',
  auditLog: 'id action entityId',
} as const;

interface Page {
  edges: { node: unknown }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const page = (list: string, after: boolean): string =>
  `${list}(first: 100${after ? `, after: $${list}After` : ''}) { edges { node { ${LISTS[list as keyof typeof LISTS]} } } pageInfo { hasNextPage endCursor } }`;

/** The observable state of the workspace, as one JSON string (equal strings: nothing changed). */
export async function takeSnapshot(api: HostileApi): Promise<string> {
  const first = dataOf<Record<string, unknown>>(await api.gql(`query HostileSnapshot { ${CONFIGURATION} ${Object.keys(LISTS).map((l) => page(l, false)).join(' ')} }`));
  const lists: Record<string, unknown[]> = {};
  for (const list of Object.keys(LISTS)) {
    let current = first[list] as Page;
    const nodes = current.edges.map((e) => e.node);
    while (current.pageInfo.hasNextPage) {
      const query = `query($${list}After: String) { ${page(list, true)} }`;
      current = dataOf<Record<string, Page>>(await api.gql(query, { [`${list}After`]: current.pageInfo.endCursor }))[list] as Page;
      nodes.push(...current.edges.map((e) => e.node));
    }
    lists[list] = nodes;
  }
  const configuration = Object.fromEntries(Object.entries(first).filter(([key]) => !(key in LISTS)));
  return JSON.stringify({ ...configuration, ...lists, counts: Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, v.length])) });
}

/** Which parts of the state differ, e.g. "tickets, counts". */
export function changedParts(before: string, after: string): string[] {
  const a = JSON.parse(before) as Record<string, unknown>;
  const b = JSON.parse(after) as Record<string, unknown>;
  return Object.keys({ ...a, ...b }).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/**
 * Watches the state around each case. A refusal (rejected, notFound) that changed anything
 * becomes leaked. Where cases run back to back with nothing in between, the snapshot after one
 * case serves as the snapshot before the next (`before({ reuse: true })`).
 */
export class StateWatch {
  private last: string | null = null;

  constructor(private readonly api: HostileApi) {}

  async before(options: { reuse?: boolean } = {}): Promise<void> {
    if (!options.reuse || this.last === null) this.last = await takeSnapshot(this.api);
  }

  /** Checks the state after a case judged `judgement`; accepted cases simply move the baseline. */
  async after(judgement: Judgement): Promise<Judgement> {
    const before = this.last;
    this.last = await takeSnapshot(this.api);
    if (before === null || (judgement.verdict !== 'rejected' && judgement.verdict !== 'notFound')) return judgement;
    const changed = changedParts(before, this.last);
    return changed.length === 0 ? judgement : { verdict: 'leaked', why: `state changed after "${judgement.why}": ${changed.join(', ')}` };
  }
}
