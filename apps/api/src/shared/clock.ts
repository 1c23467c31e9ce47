import { randomUUID } from 'node:crypto';

/** The current time. Injected so tests can fix it and the domain can take it as an argument. */
export type Clock = () => Date;

/** New unique ids. Injected for the same reason. */
export type IdGenerator = () => string;

/** The wall clock. */
export const systemClock: Clock = () => new Date();

/** Random UUIDs (v4). */
export const uuidGenerator: IdGenerator = () => randomUUID();
