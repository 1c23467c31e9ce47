import { dataOf, startHostileApi, type Answer, type HostileApi } from './support/http';
import { LANES, runInLanes } from './support/lanes';
import { Ledger } from './support/ledger';
import { containsExactly, PAYLOADS } from './support/payloads';
import { LEAF, rule, ruleSet } from './support/rule-documents';
import { currentPolicy, savePolicy, ScratchRuleSet } from './support/scratch';
import { StateWatch } from './support/snapshot';
import { judgeAnswer, type Judgement } from './support/verdict';

/** A string inside a JSON document argument: how to write a payload there and how to read it back. */
interface Leaf {
  readonly name: string;
  write(payload: string): Promise<Answer>;
  readBack(answer: Answer): Promise<unknown>;
}

const CREATE_TICKET = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id custom } } }';
const ticketCustom = async (api: HostileApi, answer: Answer): Promise<unknown> => {
  const id = (answer.json as { data?: { createTicket?: { ticket?: { id?: string } } } }).data?.createTicket?.ticket?.id;
  const { ticket } = dataOf<{ ticket: { custom: Record<string, unknown> } }>(await api.gql('query($id: ID!) { ticket(id: $id) { custom } }', { id }));
  // Keys count as stored data too: a payload used as a property name must come back as one.
  return { keys: Object.keys(ticket.custom), custom: ticket.custom };
};

function leaves(api: HostileApi, scratch: ScratchRuleSet): Leaf[] {
  const inRule = (name: string, make: (payload: string) => Record<string, unknown>): Leaf => ({
    name: `rule set: ${name}`,
    write: (payload) => scratch.save(ruleSet([make(payload)])),
    readBack: () => scratch.draft(),
  });
  const inPolicy = (name: string, change: (document: Record<string, unknown>, payload: string) => Record<string, unknown>): Leaf => ({
    name: `policy: ${name}`,
    write: (payload) => savePolicy(api, (d) => change(d, payload)),
    readBack: async () => (await currentPolicy(api)).document,
  });
  return [
    inRule('rule name', (p) => rule(LEAF, { name: p })),
    inRule('rule id', (p) => rule(LEAF, { id: p })),
    inRule('condition field', (p) => rule({ field: p, operator: 'isSet' })),
    inRule('condition operator', (p) => rule({ field: 'ticket.subject', operator: p, value: 'x' })),
    inRule('condition value', (p) => rule({ field: 'ticket.subject', operator: 'equals', value: p })),
    inRule('condition list item', (p) => rule({ field: 'ticket.subject', operator: 'in', value: ['x', p] })),
    inRule('condition pattern', (p) => rule({ field: 'ticket.subject', operator: 'matches', value: p })),
    inRule('sendMessage text', (p) => rule(LEAF, { then: [{ type: 'sendMessage', message: p }] })),
    inRule('addTags tag', (p) => rule(LEAF, { then: [{ type: 'addTags', tags: [p] }] })),
    inRule('assignTeam team id', (p) => rule(LEAF, { then: [{ type: 'assignTeam', teamId: p }] })),
    inPolicy('message to the visitor', (d, p) => ({ ...d, messages: { ...(d['messages'] as object), teamAvailable: p } })),
    inPolicy('trigger phrase', (d, p) => ({ ...d, customTriggers: [{ id: 'hostile', phrase: p, mode: 'phrase' }] })),
    inPolicy('trigger id', (d, p) => ({ ...d, customTriggers: [{ id: p, phrase: 'hostile', mode: 'phrase' }] })),
    inPolicy('routing rule set id', (d, p) => ({ ...d, assignment: { ...(d['assignment'] as object), ruleSetId: p } })),
    inPolicy('process', (d, p) => ({ ...d, process: p })),
    { name: 'ticket custom property value', write: (p) => api.gql(CREATE_TICKET, { input: { subject: 'custom', custom: { note: p } } }), readBack: (a) => ticketCustom(api, a) },
    { name: 'ticket custom property name', write: (p) => api.gql(CREATE_TICKET, { input: { subject: 'custom', custom: { [p]: 'v' } } }), readBack: (a) => ticketCustom(api, a) },
  ];
}

describe('the built API given injection strings inside JSON documents', () => {
  const ledger = new Ledger('hostile/injection-documents.e2e.ts');
  const apis: HostileApi[] = [];
  let api: HostileApi;
  let lanes: { leaves: Leaf[]; watch: StateWatch }[];

  beforeAll(async () => {
    apis.push(...(await Promise.all(Array.from({ length: LANES }, () => startHostileApi()))));
    lanes = await Promise.all(apis.map(async (each) => ({ leaves: leaves(each, await ScratchRuleSet.create(each, 'Documents scratch')), watch: new StateWatch(each) })));
    api = apis[0] as HostileApi;
  });

  afterAll(async () => {
    ledger.save();
    await Promise.all(apis.map((each) => each.server.stop()));
  });

  it('refuses each payload in each rule set, policy and custom-property string with a code, or keeps it verbatim', async () => {
    const cases = (lanes[0]?.leaves ?? []).flatMap((_, leaf) => PAYLOADS.map(([name, payload]) => ({ leaf, name, payload })));

    await runInLanes(lanes, cases, async ({ leaves: own, watch }, { leaf: index, name, payload }) => {
      const leaf = own[index] as Leaf;
      await watch.before({ reuse: true });
      const answer = await leaf.write(payload);
      const judged = judgeAnswer(answer, [payload]);
      const judgement: Judgement =
        judged !== 'data' ? judged : containsExactly(await leaf.readBack(answer), payload) ? { verdict: 'accepted', why: 'stored and read back verbatim' } : { verdict: 'failed', why: 'saved, but read back differently' };
      ledger.add('injection (inside JSON documents)', `${leaf.name} ← ${name}`, await watch.after(judgement), answer.ms);
    });

    expect(ledger.records).toHaveLength(cases.length);
    expect(ledger.problems()).toEqual([]);
  }, 120_000);

  describe('when a ticket\'s custom properties try to pollute prototypes', () => {
    it('keeps them as plain data, and the next ticket starts clean', async () => {
      const custom = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as Record<string, unknown>;

      const first = await api.gql(CREATE_TICKET, { input: { subject: 'proto', custom } });
      const second = await api.gql(CREATE_TICKET, { input: { subject: 'clean' } });

      const judged = judgeAnswer(first);
      const clean = dataOf<{ createTicket: { ticket: { custom: Record<string, unknown> } } }>(second).createTicket.ticket.custom;
      const verdict: Judgement = judged === 'data' ? { verdict: 'accepted', why: 'kept as data' } : judged;
      expect(ledger.add('injection (inside JSON documents)', 'prototype pollution through custom properties', verdict).verdict).toMatch(/accepted|rejected/);
      expect(clean).toEqual({});
      expect(JSON.stringify(second.json)).not.toContain('polluted');
    });
  });
});
