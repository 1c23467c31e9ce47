import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Log levels LOG_LEVEL accepts. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Structured JSON logs, one object per line, for a log shipper to index: `level` as a word,
 * `time` as ISO 8601, and a `requestId` on every line about a request, the same id a client
 * sees in an error's `extensions.requestId`. Writes to stdout unless given a destination (tests).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'handoff-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Errors as { type, message, stack } for operators; clients never see these lines.
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
}
