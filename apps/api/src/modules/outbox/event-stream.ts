/**
 * One subscriber's events: an async iterator fed by a synchronous listener, with an optional
 * replay placed before the live events. It yields each sequence at most once and in order: live
 * events buffered while the replay was read overlap it at the seam, and anything at or below the
 * last sequence yielded is dropped. A consumer that falls `maxBuffered` events behind is ended
 * (the client sees the subscription complete) rather than buffered without bound: it resumes
 * from its last cursor.
 */
export class EventStream<T extends { readonly sequence: number }> implements AsyncIterableIterator<T> {
  private queue: T[] = [];
  private head = 0;
  private last = 0;
  private closed = false;
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private stopListening: () => void = () => undefined;

  constructor(
    private readonly accept: (item: T) => boolean,
    private readonly maxBuffered = 10_000,
  ) {}

  /** What ends the listener feeding this stream, called once when the stream ends. */
  onClose(stop: () => void): void {
    this.stopListening = stop;
  }

  /** Puts missed events (ascending) before everything buffered so far; `after` was the client's cursor. */
  replay(items: readonly T[], after: number): void {
    this.queue = [...items, ...this.queue.slice(this.head)];
    this.head = 0;
    this.last = after;
    this.flush();
  }

  push(item: T): void {
    if (this.closed) return;
    if (this.queue.length - this.head >= this.maxBuffered) return void this.return();
    this.queue.push(item);
    this.flush();
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.take();
    if (item) return Promise.resolve({ value: item, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
      this.queue = [];
      this.head = 0;
      this.stopListening();
    }
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private take(): T | undefined {
    while (this.head < this.queue.length) {
      const item = this.queue[this.head++] as T;
      if (this.head > 1024) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      if (item.sequence <= this.last) continue;
      this.last = item.sequence;
      if (this.accept(item)) return item;
    }
    return undefined;
  }

  private flush(): void {
    if (!this.waiting) return;
    const item = this.take();
    if (!item) return;
    const waiting = this.waiting;
    this.waiting = null;
    waiting({ value: item, done: false });
  }
}
