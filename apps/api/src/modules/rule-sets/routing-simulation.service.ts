import { compileRuleSet, err, issue, ok, type CompiledRuleSet, type RoutingExplanation, type RoutingFacts } from '@handoff/domain';
import type { DataSource } from 'typeorm';
import { invalid, notFound, type ServiceResult } from '../../shared/service-result';
import type { Logger } from '../../observability/logger';
import { VersionedCache } from '../policies/policy-cache';
import { readStoredRuleSet, refuseUnusable } from '../policies/stored-documents';
import { RuleSetRepository } from './rule-set.repository';

/** Which document of a rule set to run. */
export type SimulationSource = 'draft' | 'published';

/** Runs a rule set against facts the admin typed in, with the full explanation; changes nothing. */
export class RoutingSimulationService {
  // Keyed by rule set, source and version: a draft edit or a publish simply misses.
  private readonly compiled = new VersionedCache<CompiledRuleSet>(128);

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  async simulate(workspaceId: string, ruleSetId: string, source: SimulationSource, facts: object): Promise<ServiceResult<RoutingExplanation>> {
    const repo = new RuleSetRepository(this.dataSource.manager);
    const row = await repo.findById(workspaceId, ruleSetId);
    if (!row) return err(notFound('ruleSet', ruleSetId, 'input.ruleSetId'));
    const version = source === 'draft' ? row.draftVersion : row.publishedVersion;
    if (version === null) return err(invalid([issue('INVALID_VALUE', 'input.source', 'this rule set has never been published; simulate the draft')]));
    const key = `${workspaceId}:${row.id}:${source}:${version}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      const document = source === 'draft' ? row.draft : (await repo.findVersion(workspaceId, row.id, version))?.document;
      const parsed = readStoredRuleSet(document, { entity: 'ruleSet', id: row.id, part: source, version });
      if (!parsed.ok) return err(refuseUnusable(this.logger, workspaceId, parsed.error));
      compiled = this.compiled.set(key, compileRuleSet(parsed.value));
    }
    // Facts are untrusted but harmless: the evaluator reads wrong-typed values as "not set".
    return ok(compiled.explain(facts as RoutingFacts));
  }
}
