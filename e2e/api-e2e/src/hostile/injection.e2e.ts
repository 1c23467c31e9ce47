import { startHostileApi, type HostileApi } from './support/http';
import { LANES, runInLanes } from './support/lanes';
import { Ledger } from './support/ledger';
import { findSlots, introspect, type Slot } from './support/operation-slots';
import { PAYLOADS } from './support/payloads';
import { BASES, prepareWorld } from './support/slot-fixtures';
import { trySlot, type SlotRun } from './support/slot-runner';
import { StateWatch } from './support/snapshot';

type Lane = Omit<SlotRun, 'category'>;

const SOCKET_PAYLOADS = ['SQL tautology', 'HTML/JS', 'NUL byte', 'lone high surrogate', 'lone low surrogate', '50,000 characters', '100,000 characters'];

describe('the built API given injection strings in every string argument', () => {
  const ledger = new Ledger('hostile/injection.e2e.ts');
  const apis: HostileApi[] = [];
  let slots: Slot[];
  let lanes: Lane[];

  beforeAll(async () => {
    apis.push(...(await Promise.all(Array.from({ length: LANES }, () => startHostileApi()))));
    lanes = await Promise.all(
      apis.map(async (api): Promise<Lane> => ({ api, schema: await introspect(api), world: await prepareWorld(api), watch: new StateWatch(api), ledger, mayStore: true })),
    );
    slots = findSlots(lanes[0]?.schema ?? (await introspect(apis[0] as HostileApi)));
  });

  afterAll(async () => {
    ledger.save();
    await Promise.all(apis.map((api) => api.server.stop()));
  });

  describe('when the schema is enumerated by introspection', () => {
    it('finds string arguments, and has valid base arguments for every operation that has any', () => {
      const uncovered = [...new Set(slots.map((s) => s.operation))].filter((operation) => !BASES[operation]);

      expect(slots.length).toBeGreaterThan(40);
      expect(uncovered).toEqual([]);
    });
  });

  describe.each([
    ['query', 'injection (queries)'],
    ['mutation', 'injection (mutations)'],
  ] as const)('when each payload goes into one %s string slot at a time', (kind, category) => {
    it('refuses it with a code or keeps it verbatim, never leaks, and changes nothing when it refuses', async () => {
      const cases = slots.filter((s) => s.kind === kind).flatMap((slot) => PAYLOADS.map(([name, payload]) => ({ slot, name, payload })));

      await runInLanes(lanes, cases, (lane, { slot, name, payload }) => trySlot({ ...lane, category }, slot, name, payload));

      expect(ledger.records.filter((r) => r.category === category)).toHaveLength(cases.length);
      expect(ledger.problems().filter((p) => p.startsWith(`[${category}]`))).toEqual([]);
    }, 240_000);
  });

  // Guards that only sit in front of HTTP are a known hole: the same mutations over a socket must
  // meet the same refusals. The payloads that test text integrity and size, in every mutation slot.
  describe('when the text-integrity and size payloads go into every mutation slot over graphql-ws', () => {
    it('refuses them with a code or keeps them verbatim, as over HTTP', async () => {
      const category = 'injection over graphql-ws (mutations)';
      const payloads = PAYLOADS.filter(([name]) => SOCKET_PAYLOADS.includes(name));
      const cases = slots.filter((s) => s.kind === 'mutation').flatMap((slot) => payloads.map(([name, payload]) => ({ slot, name, payload })));

      await runInLanes(lanes, cases, (lane, { slot, name, payload }) => trySlot({ ...lane, category, transport: 'ws' }, slot, name, payload));

      expect(payloads).toHaveLength(SOCKET_PAYLOADS.length);
      expect(ledger.problems().filter((p) => p.startsWith(`[${category}]`))).toEqual([]);
    }, 240_000);
  });
});
