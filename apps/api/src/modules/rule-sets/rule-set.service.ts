import { err, issue, ok, RULE_SET_FORMAT_VERSION, type RuleSet } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../../observability/logger';
import { isUniqueViolation } from '../../db/is-unique-violation';
import { conflict, invalid, notFound, type ServiceResult } from '../../shared/service-result';
import { runAuditedChange, type AuditedChangeDeps, type AuditedOutcome } from '../audit/audited-change';
import { HandoffPolicyRepository } from '../policies/handoff-policy.repository';
import { auditCopyOf, logUnusable, readStoredRuleSet, refuseUnusable, type UnusableStoredDocument } from '../policies/stored-documents';
import { parseStoredPolicy } from '../policies/stored-policy';
import { TeamRepository } from '../people/team.repository';
import { findRuleSetTemplate, RULE_SET_TEMPLATES, type RuleSetTemplate } from '../templates/rule-set-templates';
import { applyRuleEdit, type RuleEdit } from './rule-edits';
import { underRoot, validateRuleSet, type PathRebase } from './rule-set-validation';
import type { RuleSetVersionEntity } from './rule-set-version.entity';
import type { RuleSetEntity } from './rule-set.entity';
import { RuleSetRepository } from './rule-set.repository';

const EMPTY_RULE_SET: RuleSet = { formatVersion: RULE_SET_FORMAT_VERSION, hitPolicy: 'firstMatch', rules: [], fallback: [] };

type Scope = { readonly workspaceId: string; readonly actor: string };

/** A rule set as reads answer it: `draftProblem` is set when the stored draft is unusable and `draft` is what is in effect instead. */
export type CheckedRuleSet = RuleSetEntity & { readonly draftProblem?: UnusableStoredDocument };

/** A published version as reads answer it: `problem` is set when it is unusable and `document` is what routing uses instead. */
export type CheckedRuleSetVersion = RuleSetVersionEntity & { readonly problem?: UnusableStoredDocument };

/** Routing rule sets: reading, creating, and editing drafts under compare-and-set, every change audited. */
export class RuleSetService {
  constructor(private readonly deps: AuditedChangeDeps & { readonly logger: Logger }) {}

  // Reads check stored documents with the parser that checked them on write, so the admin's
  // editor never receives one past a bound. An unusable one is answered as what is in effect
  // instead, with the problem alongside (logged at level error), so the admin can replace it:
  // saveRuleSetDraft never reads the old draft. Anything that must RUN the document (simulating,
  // publishing, rolling back, editing one rule) still refuses it with STORED_DOCUMENT_INVALID.

  async list(workspaceId: string): Promise<CheckedRuleSet[]> {
    const repo = new RuleSetRepository(this.deps.dataSource.manager);
    const rows = await repo.list(workspaceId);
    return Promise.all(rows.map((row) => this.checkedDraft(repo, row)));
  }

  async find(workspaceId: string, id: string): Promise<CheckedRuleSet | null> {
    const repo = new RuleSetRepository(this.deps.dataSource.manager);
    const row = await repo.findById(workspaceId, id);
    return row ? this.checkedDraft(repo, row) : null;
  }

  /** Published versions, newest first; one that is unusable reads as what routing uses instead (no rules), with its problem. */
  async versions(workspaceId: string, id: string): Promise<CheckedRuleSetVersion[]> {
    const rows = await new RuleSetRepository(this.deps.dataSource.manager).versions(workspaceId, id);
    return rows.map((row) => {
      const parsed = readStoredRuleSet(row.document, { entity: 'ruleSet', id, part: 'published', version: row.version });
      if (parsed.ok) return { ...row, document: parsed.value };
      logUnusable(this.deps.logger, workspaceId, parsed.error, 'read answered with no rules (what routing uses) and the problem');
      return { ...row, document: EMPTY_RULE_SET, problem: parsed.error };
    });
  }

  /** The draft if it parses; else the published version in effect (or no rules), with the draft's problem. */
  private async checkedDraft(repo: RuleSetRepository, row: RuleSetEntity): Promise<CheckedRuleSet> {
    const parsed = readStoredRuleSet(row.draft, { entity: 'ruleSet', id: row.id, part: 'draft', version: row.draftVersion });
    if (parsed.ok) return { ...row, draft: parsed.value };
    logUnusable(this.deps.logger, row.workspaceId, parsed.error, 'read answered with the published version (or no rules) and the problem');
    return { ...row, draft: await this.publishedOrEmpty(repo, row), draftProblem: parsed.error };
  }

  private async publishedOrEmpty(repo: RuleSetRepository, row: RuleSetEntity): Promise<RuleSet> {
    if (row.publishedVersion === null) return EMPTY_RULE_SET;
    const published = await repo.findVersion(row.workspaceId, row.id, row.publishedVersion);
    const parsed = readStoredRuleSet(published?.document, { entity: 'ruleSet', id: row.id, part: 'published', version: row.publishedVersion });
    return parsed.ok ? parsed.value : EMPTY_RULE_SET;
  }

  listTemplates(): readonly RuleSetTemplate[] {
    return RULE_SET_TEMPLATES;
  }

  async create(scope: Scope, name: string, ruleSet: unknown = EMPTY_RULE_SET, rebase: PathRebase = underRoot('input.ruleSet')): Promise<ServiceResult<RuleSetEntity>> {
    try {
      return await this.insert(scope, name, ruleSet, rebase);
    } catch (error) {
      // Two admins creating the same name at once: the unique index decides, the loser hears why.
      if (isUniqueViolation(error)) return err(duplicateName(name));
      throw error;
    }
  }

  private insert(scope: Scope, name: string, ruleSet: unknown, rebase: PathRebase): Promise<ServiceResult<RuleSetEntity>> {
    return runAuditedChange(this.deps, scope, async (manager, now) => {
      const repo = new RuleSetRepository(manager);
      const checked = await validateRuleSet(manager, scope.workspaceId, ruleSet, rebase);
      if (!checked.ok) return err(invalid(checked.error));
      if (await repo.findByName(scope.workspaceId, name)) return err(duplicateName(name));
      const row: RuleSetEntity = { id: this.deps.ids(), workspaceId: scope.workspaceId, name, draft: checked.value, draftVersion: 1, publishedVersion: null, createdAt: now, updatedAt: now };
      await repo.insert(row);
      return ok(outcome(row, 'create', null, { name: row.name, draft: row.draft }, row.draftVersion));
    });
  }

  async createFromTemplate(scope: Scope, templateId: string, name: string): Promise<ServiceResult<RuleSetEntity>> {
    const template = findRuleSetTemplate(templateId);
    if (!template) return err(notFound('template', templateId, 'input.templateId'));
    const teams = await new TeamRepository(this.deps.dataSource.manager).list(scope.workspaceId);
    return this.create(scope, name, template.build(teams.map((t) => t.id)), underRoot('template'));
  }

  saveDraft(scope: Scope, id: string, expectedDraftVersion: number, ruleSet: unknown): Promise<ServiceResult<RuleSetEntity>> {
    return this.writeDraft(scope, { id, path: 'input.id' }, expectedDraftVersion, 'saveDraft', () => ok({ draft: ruleSet, rebase: underRoot('input.ruleSet') }));
  }

  editRule(scope: Scope, id: string, expectedDraftVersion: number, edit: RuleEdit): Promise<ServiceResult<RuleSetEntity>> {
    return this.writeDraft(scope, { id, path: 'input.ruleSetId' }, expectedDraftVersion, edit.kind, (row) => {
      // An edit applies to the stored draft, so that draft must parse first.
      const current = readStoredRuleSet(row.draft, { entity: 'ruleSet', id: row.id, part: 'draft', version: row.draftVersion });
      if (!current.ok) return err(refuseUnusable(this.deps.logger, row.workspaceId, current.error));
      const edited = applyRuleEdit(current.value, edit, this.deps.ids);
      return edited.ok ? edited : err(invalid(edited.error));
    });
  }

  delete(scope: Scope, id: string): Promise<ServiceResult<RuleSetEntity>> {
    return runAuditedChange(this.deps, scope, async (manager) => {
      const repo = new RuleSetRepository(manager);
      const row = await repo.findById(scope.workspaceId, id);
      if (!row) return err(notFound('ruleSet', id, 'input.id'));
      const policy = await new HandoffPolicyRepository(manager).find(scope.workspaceId);
      const stored = policy ? parseStoredPolicy(policy.document) : null;
      if (stored?.ok && stored.value.assignment.mode === 'conditionRouting' && stored.value.assignment.ruleSetId === id) {
        return err(invalid([issue('INVALID_POLICY', 'input.id', 'the handoff policy routes with this rule set; choose another one there first')]));
      }
      await repo.delete(scope.workspaceId, id);
      return ok(outcome(row, 'delete', { name: row.name, draft: auditCopyOf(row.draft), publishedVersion: row.publishedVersion }, null, row.draftVersion));
    });
  }

  /** Reads the draft, builds the new one, validates it whole, and writes it only if nobody else did meanwhile. */
  private writeDraft(
    scope: Scope,
    { id, path }: { id: string; path: string },
    expectedDraftVersion: number,
    action: string,
    build: (current: RuleSetEntity) => ServiceResult<{ draft: unknown; rebase: PathRebase }>,
  ): Promise<ServiceResult<RuleSetEntity>> {
    return runAuditedChange(this.deps, scope, async (manager, now) => {
      const repo = new RuleSetRepository(manager);
      const row = await repo.findById(scope.workspaceId, id);
      if (!row) return err(notFound('ruleSet', id, path));
      if (row.draftVersion !== expectedDraftVersion) return err(conflict('ruleSet', id, row.draftVersion));
      const built = build(row);
      if (!built.ok) return built;
      const checked = await validateRuleSet(manager, scope.workspaceId, built.value.draft, built.value.rebase);
      if (!checked.ok) return err(invalid(checked.error));
      return this.casDraft(manager, row, { draft: checked.value, draftVersion: row.draftVersion + 1, updatedAt: now }, action);
    });
  }

  private async casDraft(manager: EntityManager, row: RuleSetEntity, change: { draft: RuleSet; draftVersion: number; updatedAt: Date }, action: string) {
    const repo = new RuleSetRepository(manager);
    if (!(await repo.compareAndSet(row.workspaceId, row.id, { draftVersion: row.draftVersion }, change))) {
      const current = await repo.findById(row.workspaceId, row.id);
      return err(conflict('ruleSet', row.id, current?.draftVersion ?? row.draftVersion));
    }
    const after = { ...row, ...change };
    return ok(outcome(after, action, auditCopyOf(row.draft), change.draft, change.draftVersion));
  }
}

const duplicateName = (name: string) => invalid([issue('INVALID_VALUE', 'input.name', `a rule set named "${name}" already exists`)]);

const outcome = (row: RuleSetEntity, action: string, before: object | null, after: object | null, version: number): AuditedOutcome<RuleSetEntity> => ({
  value: row,
  audit: { entityType: 'ruleSet', entityId: row.id, action, before, after },
  version,
});
