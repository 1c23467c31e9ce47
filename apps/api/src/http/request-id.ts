import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// The id travels with the request object, not in AsyncLocalStorage: on Node 20 any live
// AsyncLocalStorage turns on promise hooks for every promise in the process, which cost the
// GraphQL read path about a fifth of its throughput (docs/benchmarks.md, P6).
const idOfRequest = new WeakMap<IncomingMessage, string>();

/** The request's id: made on first asking, then the same for every middleware, log line and error of it. */
export function requestIdOf(request: IncomingMessage): string {
  let id = idOfRequest.get(request);
  if (id === undefined) {
    id = randomUUID();
    idOfRequest.set(request, id);
  }
  return id;
}
