import { dataOf, type Answer, type HostileApi } from './http';

const SAVE = 'mutation($input: SaveRuleSetDraftInput!) { saveRuleSetDraft(input: $input) { ruleSet { draftVersion } } }';

/** A rule set of the suite's own, so routing's published set is never touched; its draft saved with the current version. */
export class ScratchRuleSet {
  private constructor(
    private readonly api: HostileApi,
    readonly id: string,
  ) {}

  static async create(api: HostileApi, name: string): Promise<ScratchRuleSet> {
    const created = dataOf<{ createRuleSet: { ruleSet: { id: string } } }>(
      await api.gql('mutation($input: CreateRuleSetInput!) { createRuleSet(input: $input) { ruleSet { id } } }', { input: { name } }),
    );
    return new ScratchRuleSet(api, created.createRuleSet.ruleSet.id);
  }

  async version(): Promise<number> {
    return dataOf<{ ruleSet: { draftVersion: number } }>(await this.api.gql('query($id: ID!) { ruleSet(id: $id) { draftVersion } }', { id: this.id })).ruleSet.draftVersion;
  }

  async draft(): Promise<Record<string, unknown>> {
    return dataOf<{ ruleSet: { draft: Record<string, unknown> } }>(await this.api.gql('query($id: ID!) { ruleSet(id: $id) { draft } }', { id: this.id })).ruleSet.draft;
  }

  async save(document: Record<string, unknown>): Promise<Answer> {
    return this.api.gql(SAVE, { input: { id: this.id, expectedDraftVersion: await this.version(), ruleSet: document } });
  }

  async addRule(rule: Record<string, unknown>): Promise<Answer> {
    const query = 'mutation($input: AddRuleInput!) { addRule(input: $input) { ruleSet { draftVersion } } }';
    return this.api.gql(query, { input: { ruleSetId: this.id, expectedDraftVersion: await this.version(), rule } });
  }

  async updateRule(ruleId: string, rule: Record<string, unknown>): Promise<Answer> {
    const query = 'mutation($input: UpdateRuleInput!) { updateRule(input: $input) { ruleSet { draftVersion } } }';
    return this.api.gql(query, { input: { ruleSetId: this.id, ruleId, expectedDraftVersion: await this.version(), rule } });
  }
}

/** The workspace's policy document and version, and a way to save a changed copy. */
export async function currentPolicy(api: HostileApi): Promise<{ version: number; document: Record<string, unknown> }> {
  return dataOf<{ handoffPolicy: { version: number; document: Record<string, unknown> } }>(await api.gql('{ handoffPolicy { version document } }')).handoffPolicy;
}

export async function savePolicy(api: HostileApi, change: (document: Record<string, unknown>) => Record<string, unknown>): Promise<Answer> {
  const { version, document } = await currentPolicy(api);
  const query = 'mutation($input: UpdateHandoffPolicyInput!) { updateHandoffPolicy(input: $input) { policy { version } } }';
  return api.gql(query, { input: { expectedVersion: version, policy: change(document) } });
}

/** The issues of a VALIDATION_FAILED answer. */
export function issuesOf(answer: Answer): { code: string; path: string }[] {
  const errors = (answer.json as { errors?: { extensions?: { issues?: { code: string; path: string }[] } }[] } | undefined)?.errors;
  return errors?.flatMap((e) => e.extensions?.issues ?? []) ?? [];
}
