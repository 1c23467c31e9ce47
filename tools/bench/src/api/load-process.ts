import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';

/** A forked child running one of this folder's client scripts, answering each message once. */
export interface ClientProcess<Job, Answer> {
  ask(job: Job): Promise<Answer>;
  /** Messages the child sends without being asked (progress, readiness). */
  onEvent(listener: (message: unknown) => void): void;
  stop(): Promise<void>;
}

/**
 * Forks `<script>.ts` of this folder with the parent's exec arguments (tsx's loader), so the
 * clients run in a second process and never share an event loop with a server being measured.
 */
export function forkClient<Job, Answer>(script: string): ClientProcess<Job, Answer> {
  const child: ChildProcess = fork(join(__dirname, `${script}.ts`), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let pending: { resolve: (answer: Answer) => void; reject: (error: Error) => void } | null = null;
  const listeners: ((message: unknown) => void)[] = [];
  child.on('message', (message: unknown) => {
    if (typeof message === 'object' && message !== null && 'event' in message) return listeners.forEach((l) => l(message));
    const waiting = pending;
    pending = null;
    waiting?.resolve(message as Answer);
  });
  child.on('exit', (code) => {
    const waiting = pending;
    pending = null;
    waiting?.reject(new Error(`${script} exited with ${code}`));
  });
  return {
    ask: (job) =>
      new Promise((resolve, reject) => {
        if (pending) return reject(new Error('one job at a time'));
        pending = { resolve, reject };
        child.send(job as object);
      }),
    onEvent: (listener) => void listeners.push(listener),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
