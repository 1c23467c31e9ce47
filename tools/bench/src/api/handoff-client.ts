import { authorizationHeaders } from '@handoff/process-harness';
import { latencyStats, type LatencyStats } from './latency-stats';
import { GroupClients, now, type HandoffGroup } from './subscriber-group';

export type { HandoffGroup } from './subscriber-group';

/** The client side of P7, run in its own process: every subscriber and the poster. */
export interface HandoffJob {
  readonly groups: readonly HandoffGroup[];
  readonly subscribersPerGroup: number;
  readonly postsPerGroup: number;
  readonly batch: number;
  /** How long to wait for one event to reach every subscriber before counting it lost. */
  readonly timeoutMs: number;
}

/** What one group measured. Latency = POST sent → a subscriber's handler received the event. */
export interface HandoffGroupResult {
  readonly name: string;
  readonly posts: number;
  readonly expected: number;
  readonly received: number;
  readonly lost: number;
  readonly duplicates: number;
  readonly latency: LatencyStats;
  /** Per post: until the last of the subscribers had it. */
  readonly lastSubscriber: LatencyStats;
  /** Per post: the mutation's own response time. */
  readonly postResponse: LatencyStats;
}

const POST = `mutation Post($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { handoff { handedOff ticket { id } } } }`;
const MESSAGES = [
  { language: 'en', text: 'Hi, I would like a refund for my order' },
  { language: 'fi', text: 'Haluan tehdä peruutuksen, kiitos' },
] as const;

async function post(url: string, credential: string, index: number): Promise<{ ticketId: string; sentAt: number; respondedAt: number }> {
  const message = MESSAGES[index % MESSAGES.length] as (typeof MESSAGES)[number];
  const input = { channel: 'chat', language: message.language, text: `${message.text} #${index}`, idempotencyKey: `p7-${process.pid}-${index}` };
  const sentAt = now();
  const headers = { 'content-type': 'application/json', ...authorizationHeaders(credential) };
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: POST, variables: { input } }) });
  const body = (await response.json()) as { data?: { postVisitorMessage: { handoff: { handedOff: boolean; ticket: { id: string } | null } } }; errors?: unknown };
  const ticketId = body.data?.postVisitorMessage.handoff.ticket?.id;
  if (!ticketId) throw new Error(`the message did not create a ticket: ${JSON.stringify(body).slice(0, 400)}`);
  return { ticketId, sentAt, respondedAt: now() };
}

const waitUntil = async (check: () => boolean, timeoutMs: number, what: string, tick?: () => Promise<unknown>): Promise<void> => {
  const deadline = now() + timeoutMs;
  while (!check()) {
    if (now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await (tick ? tick() : new Promise((r) => setTimeout(r, 50)));
  }
};

let postIndex = 0;

/** Posts one message and waits until every subscriber had its event, or the timeout. */
async function measureOne(clients: GroupClients, timeoutMs: number): Promise<{ ticketId: string; sentAt: number; respondedAt: number }> {
  const sent = await post(clients.group.postUrl, clients.group.credential, postIndex++);
  const receipts = clients.receiptsOf(sent.ticketId);
  if (receipts.times.length < clients.size) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      receipts.done = () => (clearTimeout(timer), resolve());
    });
  }
  return sent;
}

/** Opens every subscriber, warms each group up until all its subscribers hear events, then measures in interleaved batches. */
export async function runHandoffJob(job: HandoffJob): Promise<HandoffGroupResult[]> {
  const groups = job.groups.map((g) => new GroupClients(g, job.subscribersPerGroup));
  groups.forEach((g) => g.open());
  try {
    for (const g of groups) await waitUntil(() => g.connected === g.size, 60_000, `${g.group.name}: ${g.size} connections`);
    // graphql-ws does not acknowledge a subscription: post until every subscriber has heard one.
    for (const g of groups) await waitUntil(() => g.warmCount === g.size, 30_000, `${g.group.name}: every subscriber to hear an event`, () => post(g.group.postUrl, g.group.credential, postIndex++).then(() => new Promise((r) => setTimeout(r, 200))));
    const sent = groups.map((): { ticketId: string; sentAt: number; respondedAt: number }[] => []);
    for (let round = 0; sent.some((s) => s.length < job.postsPerGroup); round++) {
      for (let k = 0; k < groups.length; k++) {
        const index = (round + k) % groups.length;
        const g = groups[index] as GroupClients;
        const list = sent[index] as { ticketId: string; sentAt: number; respondedAt: number }[];
        for (let i = 0; i < job.batch && list.length < job.postsPerGroup; i++) list.push(await measureOne(g, job.timeoutMs));
      }
    }
    await new Promise((r) => setTimeout(r, 1_000)); // late arrivals count as received, not lost
    return groups.map((g, index) => summarise(g, sent[index] ?? []));
  } finally {
    await Promise.all(groups.map((g) => g.close()));
  }
}

function summarise(g: GroupClients, sent: readonly { ticketId: string; sentAt: number; respondedAt: number }[]): HandoffGroupResult {
  const latencies: number[] = [];
  const last: number[] = [];
  let duplicates = 0;
  for (const s of sent) {
    const receipts = g.receiptsOf(s.ticketId);
    duplicates += receipts.duplicates;
    for (const t of receipts.times) latencies.push(t - s.sentAt);
    if (receipts.times.length > 0) last.push(Math.max(...receipts.times) - s.sentAt);
  }
  const expected = sent.length * g.size;
  return {
    name: g.group.name,
    posts: sent.length,
    expected,
    received: latencies.length,
    lost: expected - latencies.length,
    duplicates,
    latency: latencyStats(latencies),
    lastSubscriber: latencyStats(last),
    postResponse: latencyStats(sent.map((s) => s.respondedAt - s.sentAt)),
  };
}

if (require.main === module && process.send) {
  process.on('message', (job: HandoffJob) => {
    runHandoffJob(job).then(
      (result) => process.send?.(result),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
