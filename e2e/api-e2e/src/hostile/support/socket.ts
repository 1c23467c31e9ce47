import WebSocket from 'ws';
import { findLeaks } from './leaks';
import { codesOf, errorsOf, unclearError, type Judgement, type WireError } from './verdict';

/** What a graphql-ws (graphql-transport-ws) exchange came to on a real socket. */
export interface SocketOutcome {
  readonly acknowledged: boolean;
  /** The first answer to the subscribe message: next, error or complete; null when none came. */
  readonly answer: { type: string; payload?: unknown } | null;
  /** Every raw frame the server sent, for leak scanning. */
  readonly frames: readonly string[];
  readonly closeCode: number | null;
  readonly closeReason: string;
  readonly ms: number;
}

/**
 * Opens a socket, sends connection_init with `connectionParams`, then (once acknowledged) one
 * subscribe message with `payload`, and waits for the first answer, a close, or `timeoutMs`.
 * `raw` frames, when given, are sent instead of the subscribe message (protocol abuse).
 */
export function exchange(
  wsUrl: string,
  connectionParams: Record<string, unknown> | undefined,
  payload: { query: string; variables?: Record<string, unknown>; operationName?: string } | null,
  options: { raw?: readonly (string | Buffer)[]; timeoutMs?: number; beforeInit?: readonly (string | Buffer)[] } = {},
): Promise<SocketOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    const frames: string[] = [];
    let acknowledged = false;
    let answer: SocketOutcome['answer'] = null;
    let settled = false;
    const finish = (closeCode: number | null, closeReason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ acknowledged, answer, frames, closeCode, closeReason, ms: performance.now() - started });
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.terminate();
    };
    const timer = setTimeout(() => finish(null, ''), options.timeoutMs ?? 3_000);
    socket.on('open', () => {
      for (const frame of options.beforeInit ?? []) socket.send(frame);
      socket.send(JSON.stringify({ type: 'connection_init', ...(connectionParams ? { payload: connectionParams } : {}) }));
    });
    socket.on('message', (data: WebSocket.RawData) => {
      const text = data.toString();
      frames.push(text);
      const message = JSON.parse(text) as { type: string; payload?: unknown };
      if (message.type === 'connection_ack') {
        acknowledged = true;
        if (options.raw) for (const frame of options.raw) socket.send(frame);
        else if (payload) socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload }));
        else finish(null, '');
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type !== 'pong' && answer === null) {
        answer = message;
        finish(null, '');
      }
    });
    socket.on('close', (code: number, reason: Buffer) => finish(code, reason.toString()));
    socket.on('error', () => finish(null, 'socket error'));
  });
}

// Close codes that tell a client what it did wrong (graphql-ws CloseCode; 4429 is also the API's
// TOO_MANY_CLOSE_CODE; 1009 is the ws library's "message too big" for frames over maxPayload).
const CODED_CLOSES: ReadonlySet<number> = new Set([1009, 4400, 4401, 4403, 4406, 4409, 4429]);

/**
 * Judges a socket exchange like an HTTP answer: an error message (or a `next` carrying errors)
 * must hold clear coded errors; a close must use a code a client can act on; 'data' means the
 * operation ran.
 */
export function judgeSocket(outcome: SocketOutcome, echoes: readonly string[] = []): Judgement | 'data' {
  const everything = [...outcome.frames, outcome.closeReason].join('\n');
  const leaks = findLeaks(everything, echoes);
  if (leaks.length > 0) return { verdict: 'leaked', why: `${leaks.join(', ')}: ${everything.slice(0, 300)}` };
  const { answer } = outcome;
  if (answer?.type === 'error' || (answer?.type === 'next' && errorsOf(answer.payload))) {
    const errors = answer.type === 'error' ? (answer.payload as WireError[]) : (errorsOf(answer.payload) ?? []);
    const unclear = Array.isArray(errors) && errors.length > 0 ? unclearError(errors) : 'an empty error message';
    return unclear ? { verdict: 'failed', why: `socket: ${unclear}` } : { verdict: 'rejected', why: `socket: ${codesOf(errors).join(', ')}` };
  }
  if (answer?.type === 'next' || answer?.type === 'complete') return 'data';
  if (outcome.closeCode !== null) {
    return CODED_CLOSES.has(outcome.closeCode)
      ? { verdict: 'rejected', why: `socket closed ${outcome.closeCode} ${outcome.closeReason}`.trim() }
      : { verdict: 'failed', why: `socket closed ${outcome.closeCode} ${outcome.closeReason}`.trim() };
  }
  return { verdict: 'failed', why: outcome.acknowledged ? 'no answer to the operation' : 'neither acknowledged nor closed' };
}

/** The error codes of the first answer on a socket (an error message, or a `next` with errors). */
export function socketCodes(outcome: SocketOutcome): string[] {
  const errors = outcome.answer?.type === 'error' ? (outcome.answer.payload as WireError[]) : (errorsOf(outcome.answer?.payload) ?? []);
  return Array.isArray(errors) ? codesOf(errors) : [];
}
