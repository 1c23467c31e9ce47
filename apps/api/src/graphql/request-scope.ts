import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Per-request facts that code far from the request (error formatting, logs) needs. */
export interface RequestScope {
  readonly requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` inside a new request scope with a fresh id. */
export const runInRequestScope = <T>(fn: () => T, requestId: string = randomUUID()): T => storage.run({ requestId }, fn);

/** The current request's id, or a fresh one outside any request. */
export const currentRequestId = (): string => storage.getStore()?.requestId ?? randomUUID();
