import type { EntityManager } from 'typeorm';
import { requireWorkspace } from '../../db/workspace-scope';
import { RuleSetVersionEntity } from './rule-set-version.entity';
import { RuleSetEntity } from './rule-set.entity';

/** Rule sets (drafts) and their immutable published versions. */
export class RuleSetRepository {
  constructor(private readonly manager: EntityManager) {}

  list(workspaceId: string): Promise<RuleSetEntity[]> {
    return this.manager.find(RuleSetEntity, { where: { workspaceId: requireWorkspace(workspaceId) }, order: { name: 'ASC', id: 'ASC' } });
  }

  findById(workspaceId: string, id: string): Promise<RuleSetEntity | null> {
    return this.manager.findOne(RuleSetEntity, { where: { workspaceId: requireWorkspace(workspaceId), id } });
  }

  findByName(workspaceId: string, name: string): Promise<RuleSetEntity | null> {
    return this.manager.findOne(RuleSetEntity, { where: { workspaceId: requireWorkspace(workspaceId), name } });
  }

  async insert(row: RuleSetEntity): Promise<void> {
    await this.manager.insert(RuleSetEntity, { ...row, workspaceId: requireWorkspace(row.workspaceId) });
  }

  /**
   * Compare-and-set on the draft version (and, when given, the published version, which a publish
   * moves without touching the draft). Returns whether a row changed.
   */
  async compareAndSet(
    workspaceId: string,
    id: string,
    expected: { draftVersion: number; publishedVersion?: number | null },
    change: { draft?: object; draftVersion?: number; publishedVersion?: number; updatedAt: Date },
  ): Promise<boolean> {
    const query = this.manager
      .createQueryBuilder()
      .update(RuleSetEntity)
      .set(change)
      .where('workspace_id = :workspaceId AND id = :id AND draft_version = :draftVersion', {
        workspaceId: requireWorkspace(workspaceId),
        id,
        draftVersion: expected.draftVersion,
      });
    if (expected.publishedVersion === null) query.andWhere('published_version IS NULL');
    else if (expected.publishedVersion !== undefined) query.andWhere('published_version = :publishedVersion', { publishedVersion: expected.publishedVersion });
    const result = await query.execute();
    return (result.affected ?? 0) === 1;
  }

  async delete(workspaceId: string, id: string): Promise<void> {
    const where = { workspaceId: requireWorkspace(workspaceId), ruleSetId: id };
    await this.manager.delete(RuleSetVersionEntity, where);
    await this.manager.delete(RuleSetEntity, { workspaceId: where.workspaceId, id });
  }

  /** Newest first. */
  versions(workspaceId: string, ruleSetId: string): Promise<RuleSetVersionEntity[]> {
    return this.manager.find(RuleSetVersionEntity, { where: { workspaceId: requireWorkspace(workspaceId), ruleSetId }, order: { version: 'DESC' } });
  }

  findVersion(workspaceId: string, ruleSetId: string, version: number): Promise<RuleSetVersionEntity | null> {
    return this.manager.findOne(RuleSetVersionEntity, { where: { workspaceId: requireWorkspace(workspaceId), ruleSetId, version } });
  }

  async latestVersionNumber(workspaceId: string, ruleSetId: string): Promise<number> {
    const row = await this.manager.findOne(RuleSetVersionEntity, {
      where: { workspaceId: requireWorkspace(workspaceId), ruleSetId },
      order: { version: 'DESC' },
    });
    return row?.version ?? 0;
  }

  async insertVersion(row: RuleSetVersionEntity): Promise<void> {
    await this.manager.insert(RuleSetVersionEntity, { ...row, workspaceId: requireWorkspace(row.workspaceId) });
  }
}
