import type { GraphQLSchema } from 'graphql';
import { dataOf, type HostileApi } from './http';
import type { Ledger } from './ledger';
import { documentFor, placeAt, slotName, type Slot } from './operation-slots';
import { containsExactly, isEmptyAnswer } from './payloads';
import { BASES, CONSUMED, containerFor, draftVersion, READ_BACK, VERSIONED, type World } from './slot-fixtures';
import type { StateWatch } from './snapshot';
import { exchange, judgeSocket } from './socket';
import { judgeAnswer, type Judgement } from './verdict';

/** What one run of slot cases needs: the API, its schema, valid ids, the state watch and where to record. */
export interface SlotRun {
  readonly api: HostileApi;
  readonly schema: GraphQLSchema;
  readonly world: World;
  readonly watch: StateWatch;
  readonly ledger: Ledger;
  readonly category: string;
  /** Who sends the requests (the demo admin when left out). */
  readonly credential?: string;
  /** Whether a value may be kept as data (free text); for ids, anything but a refusal or nothing is a failure. */
  readonly mayStore: boolean;
  /** HTTP POST (the default), or a subscribe message on a graphql-ws socket of its own. */
  readonly transport?: 'http' | 'ws';
}

interface Sent {
  readonly judged: Judgement | 'data';
  readonly data: Record<string, unknown>;
  readonly ms: number;
}

async function send(run: SlotRun, query: string, variables: Record<string, unknown>, value: string): Promise<Sent> {
  if (run.transport === 'ws') {
    const credential = run.credential ?? run.api.adminToken;
    const outcome = await exchange(run.api.server.wsUrl, { authorization: `Bearer ${credential}` }, { query, variables });
    const data = (outcome.answer?.payload as { data?: Record<string, unknown> } | undefined)?.data ?? {};
    return { judged: judgeSocket(outcome, [value]), data, ms: outcome.ms };
  }
  const answer = await run.api.gql(query, variables, run.credential);
  return { judged: judgeAnswer(answer, [value]), data: (answer.json as { data?: Record<string, unknown> }).data ?? {}, ms: answer.ms };
}

/**
 * Sends one operation with `value` in one slot and every other argument valid, and records the
 * verdict: a refusal must be coded and change nothing; success is right only for a value kept
 * exactly as sent (read back in a request of its own where it is stored), for a lookup that found
 * nothing, or for a value that is used but never shown.
 */
export async function trySlot(run: SlotRun, slot: Slot, name: string, value: string): Promise<void> {
  const base = BASES[slot.operation];
  if (!base) return;
  const version = VERSIONED.has(slot.operation) ? await draftVersion(run.api, run.world) : 0;
  const variables = placeAt(base(run.world, version), slot.path, value, containerFor);
  await run.watch.before({ reuse: true });

  const { judged, data, ms } = await send(run, documentFor(run.schema, slot, Object.keys(variables)), variables, value);

  const judgement = judged === 'data' ? await judgeData(run, slot, value, data) : judged;
  run.ledger.add(run.category, `${slotName(slot)} ← ${name}`, await run.watch.after(judgement), ms);
}

async function judgeData(run: SlotRun, slot: Slot, value: string, data: Record<string, unknown>): Promise<Judgement> {
  if (isEmptyAnswer(data[slot.operation])) return { verdict: 'notFound', why: 'answered nothing' };
  if (!run.mayStore) return { verdict: 'failed', why: `accepted an id that is not this workspace's: ${JSON.stringify(data).slice(0, 200)}` };
  if (containsExactly(data, value)) {
    const readBack = slot.kind === 'mutation' ? READ_BACK[slot.operation]?.(data) : undefined;
    if (!readBack) return { verdict: 'accepted', why: 'echoed verbatim' };
    const stored = dataOf<Record<string, unknown>>(await run.api.gql(readBack.query, readBack.variables));
    return containsExactly(stored, value) ? { verdict: 'accepted', why: 'stored and read back verbatim' } : { verdict: 'failed', why: 'echoed, but read back differently' };
  }
  if (CONSUMED.has(slotName(slot))) return { verdict: 'accepted', why: 'used, never shown' };
  return { verdict: 'failed', why: `accepted, but neither refused nor kept verbatim: ${JSON.stringify(data).slice(0, 200)}` };
}
