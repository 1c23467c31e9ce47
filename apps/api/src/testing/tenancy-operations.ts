import type { WorkspaceIds } from './second-workspace';

/** The kinds of row an id can name, each a pool per workspace. */
export type IdKind = 'users' | 'teams' | 'tickets' | 'conversations' | 'ruleSets' | 'apiKeys' | 'workspaces';

/** What a workspace offers the operations besides its pools: the state its rule set is in. */
export interface TenantFixture {
  readonly ids: WorkspaceIds;
  readonly ruleSetDraftVersion: number;
  readonly ruleIds: readonly string[];
}

/** The two tenants: `own` is the caller's workspace, `other` the one it must never reach. */
export interface TenancyFixture {
  readonly own: TenantFixture;
  readonly other: TenantFixture;
  /** The caller's policy version and a rule valid in its own workspace, so only the foreign id is wrong. */
  readonly ownPolicyVersion: number;
  readonly ownRule: Record<string, unknown>;
  /** Credentials of the caller's admin, for the public signIn. */
  readonly ownAdmin: { readonly email: string; readonly password: string };
}

/**
 * How an operation refuses a foreign id: an error code, or an empty answer; `sameAsUnknown` is for
 * the dry runs that answer anyway, exactly as for an id that exists nowhere (nothing of the other
 * workspace is read into the answer).
 */
export type Refusal = 'NOT_FOUND' | 'null' | 'emptyList' | 'INVALID_ID' | 'UNAUTHENTICATED' | 'sameAsUnknown';

/** One operation that takes ids, with the id slots a test fills from either workspace. */
export interface IdOperation {
  /** The root field; `#…` tells apart several cases of one field (ids inside JSON documents). */
  readonly name: string;
  readonly slots: Readonly<Record<string, IdKind>>;
  readonly document: string;
  variables(slot: Readonly<Record<string, string>>, fx: TenancyFixture): Record<string, unknown>;
  readonly refusal: Refusal;
  /** Run without credentials (public operations). */
  readonly anonymous?: boolean;
}

/** Root fields taking an ID that name no workspace row, and why. */
export const NOT_WORKSPACE_IDS: Readonly<Record<string, string>> = {
  createRuleSetFromTemplate: 'templateId names a built-in template, shared by every workspace (templates/rule-set-templates.ts)',
};

const ruleSetCase = (name: string, input: string, document: string, extra: (fx: TenancyFixture, ruleSetId: string) => Record<string, unknown>): IdOperation => ({
  name,
  slots: { ruleSetId: 'ruleSets' },
  document: `mutation($input: ${input}!) { ${name}(input: $input) { ${document} } }`,
  variables: (s, fx) => ({ input: extra(fx, required(s['ruleSetId'])) }),
  refusal: 'NOT_FOUND',
});

function required(value: string | undefined): string {
  if (value === undefined) throw new Error('a slot the operation declares was not filled');
  return value;
}

/** A draft rule set valid in the caller's workspace except, perhaps, for `teamId`. */
const ruleSetDocument = (fx: TenancyFixture, teamId: string) => ({
  formatVersion: 1,
  hitPolicy: 'firstMatch',
  rules: [{ ...fx.ownRule, then: [{ type: 'assignTeam', teamId }] }],
  fallback: [{ type: 'assignTeam', teamId }],
});

// Everything a simulation can say about people and teams, so a foreign one would show.
const SIMULATION = 'handedOff reason assignment { status cause skipped { reason user { id name } } } ticket { owner { id name } team { id name } }';

const policyDocument = (assignment: Record<string, unknown>) => ({
  builtInTriggers: { agentCannotAnswer: true, visitorAskedForHuman: true, agentPaused: true },
  customTriggers: [],
  process: 'live',
  assignment,
  messages: { teamAvailable: 'A person joins you now.', teamUnavailable: 'Nobody is around right now.', ticketUnassigned: 'We will get back to you.' },
  unassignedBehaviour: 'keepOpen',
});

/** Every query and mutation that takes an id (as an argument, an input field, or inside a JSON document). */
export const ID_OPERATIONS: readonly IdOperation[] = [
  { name: 'ticket', slots: { id: 'tickets' }, document: 'query($id: ID!) { ticket(id: $id) { id subject } }', variables: (s) => ({ id: s['id'] }), refusal: 'null' },
  { name: 'conversation', slots: { id: 'conversations' }, document: 'query($id: ID!) { conversation(id: $id) { id } }', variables: (s) => ({ id: s['id'] }), refusal: 'null' },
  { name: 'ruleSet', slots: { id: 'ruleSets' }, document: 'query($id: ID!) { ruleSet(id: $id) { id name } }', variables: (s) => ({ id: s['id'] }), refusal: 'null' },
  {
    name: 'tickets',
    slots: { ownerId: 'users', teamId: 'teams' },
    document: 'query($o: ID, $t: ID) { tickets(first: 100, filter: { ownerId: $o, teamId: $t }) { edges { node { id } } } }',
    variables: (s) => ({ o: s['ownerId'], t: s['teamId'] }),
    refusal: 'emptyList',
  },
  {
    name: 'simulateRouting',
    slots: { ruleSetId: 'ruleSets' },
    document: 'query($input: SimulateRoutingInput!) { simulateRouting(input: $input) { __typename } }',
    variables: (s) => ({ input: { ruleSetId: s['ruleSetId'], facts: { conversation: { channel: 'email' } } } }),
    refusal: 'NOT_FOUND',
  },
  {
    name: 'simulateHandoff#policy.assignment.ruleSetId',
    slots: { ruleSetId: 'ruleSets' },
    document: `query($input: SimulateHandoffInput!) { simulateHandoff(input: $input) { ${SIMULATION} } }`,
    variables: (s) => ({ input: { channel: 'chat', text: 'Can I talk to a human?', policy: policyDocument({ mode: 'conditionRouting', ruleSetId: s['ruleSetId'], strategy: 'roundRobin' }) } }),
    refusal: 'NOT_FOUND',
  },
  {
    name: 'simulateHandoff#policy.assignment.teamIds',
    slots: { userId: 'users', teamId: 'teams' },
    document: `query($input: SimulateHandoffInput!) { simulateHandoff(input: $input) { ${SIMULATION} } }`,
    variables: (s) => ({
      input: { channel: 'chat', text: 'Can I talk to a human?', policy: policyDocument({ mode: 'sameDestination', destination: 'inbox', userIds: [s['userId']], teamIds: [s['teamId']], strategy: 'roundRobin' }) },
    }),
    // Unlike updateHandoffPolicy (INVALID_ID), the dry run does not check the draft's people and
    // teams: it routes among the caller's own, so foreign ones are simply nobody.
    refusal: 'sameAsUnknown',
  },
  {
    name: 'assignTicket',
    slots: { ticketId: 'tickets', userId: 'users', teamId: 'teams' },
    document: 'mutation($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { id } } }',
    variables: (s) => ({ input: { ticketId: s['ticketId'], userId: s['userId'], teamId: s['teamId'] } }),
    refusal: 'NOT_FOUND',
  },
  { name: 'closeTicket', slots: { ticketId: 'tickets' }, document: 'mutation($id: ID!) { closeTicket(input: { ticketId: $id }) { ticket { id } } }', variables: (s) => ({ id: s['ticketId'] }), refusal: 'NOT_FOUND' },
  {
    name: 'updateTicket',
    slots: { ticketId: 'tickets' },
    document: 'mutation($id: ID!) { updateTicket(input: { ticketId: $id, subject: "Taken over" }) { ticket { id } } }',
    variables: (s) => ({ id: s['ticketId'] }),
    refusal: 'NOT_FOUND',
  },
  {
    name: 'createTicket',
    slots: { conversationId: 'conversations', ownerId: 'users', teamId: 'teams' },
    document: 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }',
    variables: (s) => ({ input: { subject: 'Cross-tenant', conversationId: s['conversationId'], ownerId: s['ownerId'], teamId: s['teamId'] } }),
    refusal: 'NOT_FOUND',
  },
  {
    name: 'postVisitorMessage',
    slots: { conversationId: 'conversations' },
    document: 'mutation($input: PostVisitorMessageInput!) { postVisitorMessage(input: $input) { message { id } } }',
    variables: (s) => ({ input: { channel: 'chat', text: 'Hello again', conversationId: s['conversationId'] } }),
    refusal: 'NOT_FOUND',
  },
  {
    name: 'reportAgentSignal',
    slots: { conversationId: 'conversations' },
    document: 'mutation($input: ReportAgentSignalInput!) { reportAgentSignal(input: $input) { __typename } }',
    variables: (s) => ({ input: { conversationId: s['conversationId'], signal: 'cannotAnswer' } }),
    refusal: 'NOT_FOUND',
  },
  {
    name: 'setUserAvailability',
    slots: { userId: 'users' },
    document: 'mutation($id: ID!) { setUserAvailability(input: { userId: $id, status: away }) { user { id } } }',
    variables: (s) => ({ id: s['userId'] }),
    refusal: 'NOT_FOUND',
  },
  { name: 'revokeApiKey', slots: { id: 'apiKeys' }, document: 'mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id } } }', variables: (s) => ({ id: s['id'] }), refusal: 'NOT_FOUND' },
  {
    name: 'signIn',
    slots: { workspaceId: 'workspaces' },
    document: 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    variables: (s, fx) => ({ input: { ...fx.ownAdmin, workspaceId: s['workspaceId'] } }),
    refusal: 'UNAUTHENTICATED',
    anonymous: true,
  },
  ruleSetCase('addRule', 'AddRuleInput', 'ruleSet { id }', (fx, id) => ({ ruleSetId: id, expectedDraftVersion: fx.other.ruleSetDraftVersion, rule: fx.ownRule })),
  ruleSetCase('updateRule', 'UpdateRuleInput', 'ruleSet { id }', (fx, id) => ({
    ruleSetId: id,
    ruleId: fx.other.ruleIds[0],
    expectedDraftVersion: fx.other.ruleSetDraftVersion,
    rule: { ...fx.ownRule, id: fx.other.ruleIds[0] },
  })),
  ruleSetCase('deleteRule', 'DeleteRuleInput', 'ruleSet { id }', (fx, id) => ({ ruleSetId: id, ruleId: fx.other.ruleIds[0], expectedDraftVersion: fx.other.ruleSetDraftVersion })),
  ruleSetCase('setRuleEnabled', 'SetRuleEnabledInput', 'ruleSet { id }', (fx, id) => ({ ruleSetId: id, ruleId: fx.other.ruleIds[0], enabled: false, expectedDraftVersion: fx.other.ruleSetDraftVersion })),
  ruleSetCase('reorderRules', 'ReorderRulesInput', 'ruleSet { id }', (fx, id) => ({ ruleSetId: id, ruleIds: [...fx.other.ruleIds].reverse(), expectedDraftVersion: fx.other.ruleSetDraftVersion })),
  ruleSetCase('publishRuleSet', 'PublishRuleSetInput', 'ruleSet { id }', (fx, id) => ({ id, expectedDraftVersion: fx.other.ruleSetDraftVersion })),
  ruleSetCase('rollbackRuleSet', 'RollbackRuleSetInput', 'ruleSet { id }', (_fx, id) => ({ id, version: 1 })),
  ruleSetCase('deleteRuleSet', 'DeleteRuleSetInput', '__typename', (_fx, id) => ({ id })),
  ruleSetCase('saveRuleSetDraft', 'SaveRuleSetDraftInput', 'ruleSet { id }', (fx, id) => ({
    id,
    expectedDraftVersion: fx.other.ruleSetDraftVersion,
    ruleSet: ruleSetDocument(fx, required(fx.own.ids.teams[0])),
  })),
  {
    name: 'saveRuleSetDraft#ruleSet.teamId',
    slots: { teamId: 'teams' },
    document: 'mutation($input: SaveRuleSetDraftInput!) { saveRuleSetDraft(input: $input) { ruleSet { id } } }',
    variables: (s, fx) => ({ input: { id: fx.own.ids.ruleSetId, expectedDraftVersion: fx.own.ruleSetDraftVersion, ruleSet: ruleSetDocument(fx, required(s['teamId'])) } }),
    refusal: 'INVALID_ID',
  },
  {
    name: 'createRuleSet#ruleSet.teamId',
    slots: { teamId: 'teams' },
    document: 'mutation($input: CreateRuleSetInput!) { createRuleSet(input: $input) { ruleSet { id } } }',
    variables: (s, fx) => ({ input: { name: 'Cross-tenant rules', ruleSet: ruleSetDocument(fx, required(s['teamId'])) } }),
    refusal: 'INVALID_ID',
  },
  {
    name: 'updateHandoffPolicy#assignment.ruleSetId',
    slots: { ruleSetId: 'ruleSets' },
    document: 'mutation($input: UpdateHandoffPolicyInput!) { updateHandoffPolicy(input: $input) { policy { process } } }',
    variables: (s, fx) => ({ input: { expectedVersion: fx.ownPolicyVersion, policy: policyDocument({ mode: 'conditionRouting', ruleSetId: s['ruleSetId'], strategy: 'roundRobin' }) } }),
    refusal: 'INVALID_ID',
  },
  {
    name: 'updateHandoffPolicy#assignment.teamIds',
    slots: { userId: 'users', teamId: 'teams' },
    document: 'mutation($input: UpdateHandoffPolicyInput!) { updateHandoffPolicy(input: $input) { policy { process } } }',
    variables: (s, fx) => ({
      input: { expectedVersion: fx.ownPolicyVersion, policy: policyDocument({ mode: 'sameDestination', destination: 'inbox', userIds: [s['userId']], teamIds: [s['teamId']], strategy: 'roundRobin' }) },
    }),
    refusal: 'INVALID_ID',
  },
];
