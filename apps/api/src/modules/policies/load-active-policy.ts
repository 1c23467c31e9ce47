import { compileHandoffPolicy, parseHandoffPolicy, parseRuleSet, type CompiledHandoffPolicy, type HandoffPolicy, type RuleSet } from '@handoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { RuleSetRepository } from '../rule-sets/rule-set.repository';
import { HandoffPolicyRepository } from './handoff-policy.repository';
import { VersionedCache } from './policy-cache';
import { parseStoredPolicy, resolveStoredPolicy, type StoredHandoffPolicy } from './stored-policy';

/** The policy of a workspace as decideHandoff needs it, with the versions it was built from. */
export interface ActivePolicy {
  readonly policy: HandoffPolicy;
  readonly version: number;
  /** The published rule set version routing uses; null for same destination or a never-published set. */
  readonly ruleSetVersion: number | null;
}

interface StoredEntry {
  /** The document as stored, to notice a row rewritten without a version bump (restores, fixtures). */
  readonly json: string;
  readonly policy: StoredHandoffPolicy;
  /** Unique per parse, so resolved policies built from an older parse are never reused. */
  readonly serial: number;
}

// Parsed once per (database, workspace, policy version, rule set version) and compiled once per
// parsed policy: the handoff flow loads the policy on every visitor message. Caches are per
// database so two databases in one process (tests, migrations) can never see each other's entries.
const caches = new WeakMap<DataSource, { stored: VersionedCache<StoredEntry>; resolved: VersionedCache<HandoffPolicy> }>();
const compiledPolicies = new WeakMap<HandoffPolicy, CompiledHandoffPolicy>();
let serials = 0;

/**
 * The workspace's policy ready for decideHandoff: condition routing resolved to the PUBLISHED
 * rule set version. A rule set that was never published routes with no rules and an empty
 * fallback, so tickets are created unassigned. Returns null when the workspace has no policy.
 * Stored documents were validated on write; one that fails the parsers now is corruption, so it throws.
 */
export async function loadActivePolicy(
  manager: EntityManager,
  workspaceId: string,
): Promise<{ policy: HandoffPolicy; version: number; ruleSetVersion: number | null } | null> {
  const row = await new HandoffPolicyRepository(manager).find(workspaceId);
  if (!row) return null;
  const cache = cachesOf(manager.connection);
  const storedKey = `${workspaceId}:${row.version}`;
  const json = JSON.stringify(row.document);
  const cached = cache.stored.get(storedKey);
  const stored = cached?.json === json ? cached : cache.stored.set(storedKey, { json, policy: parseStoredOrThrow(row.document, workspaceId), serial: ++serials });
  const { assignment } = stored.policy;
  // Same destination: the stored document is the domain policy, and the cached object keeps its identity.
  if (assignment.mode !== 'conditionRouting') return { policy: resolveStoredPolicy(stored.policy, null), version: row.version, ruleSetVersion: null };

  const ruleSets = new RuleSetRepository(manager);
  const ruleSet = await ruleSets.findById(workspaceId, assignment.ruleSetId);
  if (!ruleSet) throw new Error(`The handoff policy of workspace ${workspaceId} routes with missing rule set ${assignment.ruleSetId}`);
  const ruleSetVersion = ruleSet.publishedVersion;
  // Published versions are immutable, so their number identifies their content.
  const key = `${stored.serial}:${ruleSet.id}:${ruleSetVersion ?? 'none'}`;
  const hit = cache.resolved.get(key);
  if (hit) return { policy: hit, version: row.version, ruleSetVersion };
  const published = ruleSetVersion === null ? null : await loadPublished(ruleSets, workspaceId, ruleSet.id, ruleSetVersion);
  const resolved = parseHandoffPolicy(resolveStoredPolicy(stored.policy, published));
  if (!resolved.ok) throw corrupt(`handoff policy of workspace ${workspaceId} with rule set version ${ruleSetVersion}`, resolved.error);
  return { policy: cache.resolved.set(key, resolved.value), version: row.version, ruleSetVersion };
}

/** The compiled form of a policy returned by loadActivePolicy, built once per policy object. */
export function compileActivePolicy(policy: HandoffPolicy): CompiledHandoffPolicy {
  let compiled = compiledPolicies.get(policy);
  if (!compiled) {
    compiled = compileHandoffPolicy(policy);
    compiledPolicies.set(policy, compiled);
  }
  return compiled;
}

function cachesOf(dataSource: DataSource) {
  let cache = caches.get(dataSource);
  if (!cache) {
    cache = { stored: new VersionedCache(), resolved: new VersionedCache() };
    caches.set(dataSource, cache);
  }
  return cache;
}

async function loadPublished(ruleSets: RuleSetRepository, workspaceId: string, ruleSetId: string, version: number): Promise<RuleSet> {
  const row = await ruleSets.findVersion(workspaceId, ruleSetId, version);
  if (!row) throw new Error(`Rule set ${ruleSetId} points at missing published version ${version}`);
  const parsed = parseRuleSet(row.document);
  if (!parsed.ok) throw corrupt(`rule set ${ruleSetId} version ${version}`, parsed.error);
  return parsed.value;
}

function parseStoredOrThrow(document: unknown, workspaceId: string): StoredHandoffPolicy {
  const stored = parseStoredPolicy(document);
  if (!stored.ok) throw corrupt(`handoff policy of workspace ${workspaceId}`, stored.error);
  return stored.value;
}

const corrupt = (what: string, issues: readonly { path: string; code: string }[]): Error =>
  new Error(`Stored ${what} is invalid (${issues.map((i) => `${i.path || '<root>'} ${i.code}`).join('; ')})`);
