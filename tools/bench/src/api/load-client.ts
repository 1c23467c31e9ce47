import { Agent, request } from 'node:http';

/** One burst of load: `requests` POSTs of `body`, `concurrency` at a time, over kept-alive sockets. */
export interface LoadJob {
  readonly url: string;
  readonly body: string;
  readonly requests: number;
  readonly concurrency: number;
  /** The `Authorization` header value our API wants (`Bearer …`); the baseline takes none. */
  readonly authorization?: string;
}

/** What a burst did. `bytes` is folded into the benchmark's checksum. */
export interface LoadResult {
  readonly ok: number;
  readonly failed: number;
  readonly bytes: number;
  readonly firstFailure: string | null;
}

const agents = new Map<string, Agent>();

function post(url: URL, body: string, agent: Agent, authorization: string | undefined): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(authorization ? { authorization } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs one burst; a response that is not 200 or carries `errors` counts as failed. */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url);
  let agent = agents.get(url.host);
  if (!agent) agents.set(url.host, (agent = new Agent({ keepAlive: true, maxSockets: job.concurrency })));
  let next = 0;
  let ok = 0;
  let failed = 0;
  let bytes = 0;
  let firstFailure: string | null = null;
  const worker = async (): Promise<void> => {
    while (next < job.requests) {
      next++;
      try {
        const { status, text } = await post(url, job.body, agent, job.authorization);
        if (status === 200 && !text.startsWith('{"errors"') && !text.includes('"errors":[')) {
          ok++;
          bytes += text.length;
        } else {
          failed++;
          firstFailure ??= `${status}: ${text.slice(0, 300)}`;
        }
      } catch (error) {
        failed++;
        firstFailure ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  return { ok, failed, bytes, firstFailure };
}

// Run as a forked child: the load comes from a second process, so it does not share the
// servers' event loop. Each message is one job; the answer goes back over IPC.
if (require.main === module && process.send) {
  process.on('message', (job: LoadJob) => {
    void runLoad(job).then((result) => process.send?.(result));
  });
}
