import type { Loaders } from '../context';

/**
 * A subscription keeps one context (and so one set of loaders) for its whole life. Clearing
 * them before each event keeps batching within the event but never serves a person or team as
 * they were when the subscription started.
 */
export function clearLoaders(loaders: Loaders): void {
  for (const group of Object.values(loaders) as Record<string, { clearAll(): unknown }>[]) {
    for (const loader of Object.values(group)) loader.clearAll();
  }
}
