import { isDeepStrictEqual } from 'node:util';
import { authorizationHeaders } from '@handoff/process-harness';

/** Where two JSON values first differ (`data.tickets.edges[3].node.owner`), or null when equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${path}: ${a.length} items ≠ ${b.length} items`;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const step = Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`;
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], step);
    if (found) return found;
  }
  return `${path}: key order differs`;
}

/** POSTs a body (presenting `credential` when given: our API wants one, the baseline none) and returns the parsed JSON answer. */
export async function postJson(url: string, body: string, credential?: string): Promise<unknown> {
  const headers = { 'content-type': 'application/json', ...(credential ? authorizationHeaders(credential) : {}) };
  const response = await fetch(url, { method: 'POST', headers, body });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response.json();
}
