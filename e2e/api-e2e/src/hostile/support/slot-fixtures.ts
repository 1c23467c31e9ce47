import { HARNESS_DEMO_PASSWORD } from '@handoff/process-harness';
import { dataOf, type HostileApi } from './http';

/** Ids from the seeded workspace (and a scratch rule set and key) that valid base arguments name. */
export interface World {
  readonly ticketId: string;
  readonly conversationId: string;
  /** A rule set made for the suite, with one rule, never the one routing uses. */
  readonly ruleSetId: string;
  readonly ruleId: string;
  readonly teamId: string;
  readonly agentId: string;
  readonly templateId: string;
}

const RULE = { id: 'hostile-rule', name: 'Hostile rule', enabled: true, when: { field: 'ticket.priority', operator: 'isSet' }, then: [] };
const RULE_SET = { formatVersion: 1, hitPolicy: 'firstMatch', rules: [RULE], fallback: [] };

/** Finds and makes what the base arguments need. */
export async function prepareWorld(api: HostileApi): Promise<World> {
  const seeded = dataOf<{
    tickets: { edges: { node: { id: string } }[] };
    conversations: { edges: { node: { id: string } }[] };
    teams: { id: string }[];
    users: { id: string; email: string }[];
    templates: { id: string }[];
  }>(await api.gql('{ tickets(first: 1) { edges { node { id } } } conversations(first: 1) { edges { node { id } } } teams { id } users { id email } templates { id } }'));
  const created = dataOf<{ createRuleSet: { ruleSet: { id: string } } }>(
    await api.gql('mutation($input: CreateRuleSetInput!) { createRuleSet(input: $input) { ruleSet { id } } }', { input: { name: 'Hostile scratch', ruleSet: RULE_SET } }),
  );
  const first = <T>(items: readonly T[], what: string): T => {
    if (items[0] === undefined) throw new Error(`The demo seed has no ${what}`);
    return items[0];
  };
  return {
    ticketId: first(seeded.tickets.edges, 'ticket').node.id,
    conversationId: first(seeded.conversations.edges, 'conversation').node.id,
    ruleSetId: created.createRuleSet.ruleSet.id,
    ruleId: RULE.id,
    teamId: first(seeded.teams, 'team').id,
    agentId: first(seeded.users.filter((u) => u.email.startsWith('mikko')), 'agent').id,
    templateId: first(seeded.templates, 'template').id,
  };
}

/** The scratch rule set's draft version now (compare-and-set arguments must be current to isolate the slot). */
export async function draftVersion(api: HostileApi, world: World): Promise<number> {
  return dataOf<{ ruleSet: { draftVersion: number } }>(await api.gql('query($id: ID!) { ruleSet(id: $id) { draftVersion } }', { id: world.ruleSetId })).ruleSet.draftVersion;
}

type Base = (world: World, version: number) => Record<string, unknown>;

/**
 * Valid arguments for every operation that takes any, so that the one slot holding a payload is
 * the only thing wrong with a request. An operation with required arguments missing here is
 * reported as uncovered (the suite fails until it gets a base).
 */
export const BASES: Readonly<Record<string, Base>> = {
  auditLog: () => ({}),
  conversation: (w) => ({ id: w.conversationId }),
  conversations: () => ({}),
  ruleSet: (w) => ({ id: w.ruleSetId }),
  simulateHandoff: () => ({ input: { text: 'hello there', channel: 'chat' } }),
  simulateRouting: (w) => ({ input: { ruleSetId: w.ruleSetId, facts: {} } }),
  ticket: (w) => ({ id: w.ticketId }),
  tickets: () => ({}),
  addRule: (w, v) => ({ input: { ruleSetId: w.ruleSetId, expectedDraftVersion: v, rule: { ...RULE, id: 'added-rule' } } }),
  assignTicket: (w) => ({ input: { ticketId: w.ticketId } }),
  closeTicket: (w) => ({ input: { ticketId: w.ticketId } }),
  createApiKey: () => ({ input: { name: 'hostile key', role: 'integrator' } }),
  createRuleSet: () => ({ input: { name: 'hostile set' } }),
  createRuleSetFromTemplate: (w) => ({ input: { name: 'hostile from template', templateId: w.templateId } }),
  createTicket: () => ({ input: { subject: 'hostile ticket' } }),
  deleteRule: (w, v) => ({ input: { ruleSetId: w.ruleSetId, ruleId: w.ruleId, expectedDraftVersion: v } }),
  deleteRuleSet: (w) => ({ input: { id: w.ruleSetId } }),
  postVisitorMessage: () => ({ input: { channel: 'chat', text: 'hello there' } }),
  publishRuleSet: (w, v) => ({ input: { id: w.ruleSetId, expectedDraftVersion: v } }),
  refreshSession: () => ({ refreshToken: 'x' }),
  renameDestination: () => ({ input: { kind: 'helpDesk', name: 'Hostile help desk' } }),
  reorderRules: (w, v) => ({ input: { ruleSetId: w.ruleSetId, expectedDraftVersion: v, ruleIds: [w.ruleId] } }),
  reportAgentSignal: (w) => ({ input: { conversationId: w.conversationId, signal: 'paused' } }),
  revokeApiKey: () => ({ id: 'x' }),
  rollbackRuleSet: (w) => ({ input: { id: w.ruleSetId, version: 1 } }),
  saveRuleSetDraft: (w, v) => ({ input: { id: w.ruleSetId, expectedDraftVersion: v, ruleSet: RULE_SET } }),
  setRuleEnabled: (w, v) => ({ input: { ruleSetId: w.ruleSetId, ruleId: w.ruleId, enabled: true, expectedDraftVersion: v } }),
  setUserAvailability: (w) => ({ input: { userId: w.agentId } }),
  signIn: () => ({ input: { email: 'aino@demo.handoff.dev', password: HARNESS_DEMO_PASSWORD } }),
  signOut: () => ({ refreshToken: 'x' }),
  updateRule: (w, v) => ({ input: { ruleSetId: w.ruleSetId, ruleId: w.ruleId, expectedDraftVersion: v, rule: RULE } }),
  updateTicket: (w) => ({ input: { ticketId: w.ticketId } }),
};

/** Valid contents for an optional input object a slot lies inside, by the argument's name. */
export function containerFor(path: readonly (string | number)[]): unknown {
  const name = [...path].reverse().find((p) => typeof p === 'string');
  if (name === 'workingHours') return { timeZone: 'Europe/Helsinki', intervals: [{ day: 'mon', start: '09:00', end: '17:00' }] };
  return undefined;
}

/**
 * Slots whose value is used but never shown again, where success without an echo is right:
 * idempotency keys; signOut, which says "signed out" for any token (it must not tell an attacker
 * which refresh tokens exist); and the visitor turn a simulation reads and keeps nowhere.
 */
export const CONSUMED: ReadonlySet<string> = new Set([
  'createTicket(input.idempotencyKey)',
  'postVisitorMessage(input.idempotencyKey)',
  'signOut(refreshToken)',
  'simulateHandoff(input.text)',
  'simulateHandoff(input.language)',
  'simulateHandoff(input.contact.company)',
  'simulateHandoff(input.contact.email)',
  'simulateHandoff(input.contact.tier)',
]);

type ReadBack = { query: string; variables?: Record<string, unknown> } | null;
const idAt = (data: Record<string, unknown>, field: string, entity: string): string | undefined =>
  ((data[field] as Record<string, { id?: string } | undefined> | null)?.[entity])?.id;

/**
 * Where a mutation's stored value is read back from, in a request of its own, to show it was
 * stored verbatim and not only echoed. Mutations not listed here store nothing a payload reaches.
 */
export const READ_BACK: Readonly<Record<string, (data: Record<string, unknown>) => ReadBack>> = {
  createTicket: (d) => ticket(idAt(d, 'createTicket', 'ticket')),
  updateTicket: (d) => ticket(idAt(d, 'updateTicket', 'ticket')),
  createRuleSet: (d) => ruleSet(idAt(d, 'createRuleSet', 'ruleSet')),
  createRuleSetFromTemplate: (d) => ruleSet(idAt(d, 'createRuleSetFromTemplate', 'ruleSet')),
  createApiKey: () => ({ query: '{ apiKeys { id name } }' }),
  renameDestination: () => ({ query: '{ destinations { kind name } }' }),
  setUserAvailability: () => ({ query: '{ users { id workingHours { timeZone intervals { day start end } } } }' }),
  postVisitorMessage: (d) => {
    const id = idAt(d, 'postVisitorMessage', 'conversation');
    return id ? { query: 'query($id: ID!) { conversation(id: $id) { language contact { email company tier } messages { text } } }', variables: { id } } : null;
  },
};

function ticket(id: string | undefined): ReadBack {
  return id ? { query: 'query($id: ID!) { ticket(id: $id) { subject description tags } }', variables: { id } } : null;
}

function ruleSet(id: string | undefined): ReadBack {
  return id ? { query: 'query($id: ID!) { ruleSet(id: $id) { name } }', variables: { id } } : null;
}

/** Operations whose base carries the scratch rule set's current draft version. */
export const VERSIONED: ReadonlySet<string> = new Set(['addRule', 'deleteRule', 'publishRuleSet', 'reorderRules', 'saveRuleSetDraft', 'setRuleEnabled', 'updateRule']);
