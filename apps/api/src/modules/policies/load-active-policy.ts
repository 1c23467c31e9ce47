import { compileHandoffPolicy, err, issue, ok, parseHandoffPolicy, type CompiledHandoffPolicy, type HandoffPolicy, type Result } from '@handoff/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { RuleSetRepository } from '../rule-sets/rule-set.repository';
import { defaultPolicyFor } from './default-policy';
import type { HandoffPolicyEntity } from './handoff-policy.entity';
import { HandoffPolicyRepository } from './handoff-policy.repository';
import { VersionedCache } from './policy-cache';
import { jsonOrNull, readStoredPolicy, readStoredRuleSet, type UnusableStoredDocument } from './stored-documents';
import { resolveStoredPolicy, type StoredHandoffPolicy } from './stored-policy';

/** The policy of a workspace as decideHandoff needs it, with the versions it was built from. */
export interface ActivePolicy {
  readonly policy: HandoffPolicy;
  readonly version: number;
  /** The published rule set version routing uses; null for same destination or a never-published set. */
  readonly ruleSetVersion: number | null;
  /** Stored documents that failed their parsers and were replaced by the safe path; nearly always none. */
  readonly unusable: readonly ReplacedDocument[];
}

/** An unusable stored document, and what stood in for it. */
export interface ReplacedDocument extends UnusableStoredDocument {
  /** `defaultPolicy`: the workspace's default policy; `noRules`: routing with no rules and an empty fallback. */
  readonly replacedBy: 'defaultPolicy' | 'noRules';
}

interface StoredEntry {
  /** The document as stored, to notice a row rewritten without a version bump (restores, fixtures). */
  readonly json: string;
  readonly policy: StoredHandoffPolicy;
  /** Unique per parse, so resolved policies built from an older parse are never reused. */
  readonly serial: number;
}

type Resolved = Pick<ActivePolicy, 'policy' | 'unusable'>;

// Parsed once per (database, workspace, policy version, rule set version) and compiled once per
// parsed policy: the handoff flow loads the policy on every visitor message. Caches are per
// database so two databases in one process (tests, migrations) can never see each other's entries.
const caches = new WeakMap<DataSource, { stored: VersionedCache<StoredEntry>; resolved: VersionedCache<Resolved> }>();
const compiledPolicies = new WeakMap<HandoffPolicy, CompiledHandoffPolicy>();
let serials = 0;

/**
 * The workspace's policy ready for decideHandoff: condition routing resolved to the PUBLISHED
 * rule set version. A rule set that was never published routes with no rules and an empty
 * fallback, so tickets are created unassigned. Returns null when the workspace has no policy.
 *
 * Stored documents are checked with the parsers and bounds of the write path. One that fails
 * them (over a bound, hand-edited, restored from elsewhere) must not lose the visitor's request,
 * so it takes the safe path and is reported in `unusable`: an unusable policy is replaced by the
 * default one (as before any was saved); an unusable, missing or unfitting rule set version by
 * no rules and an empty fallback, so the ticket goes to the help desk unassigned and the visitor
 * sees the admin's "unassigned" text.
 */
export async function loadActivePolicy(manager: EntityManager, workspaceId: string): Promise<ActivePolicy | null> {
  const row = await new HandoffPolicyRepository(manager).find(workspaceId);
  if (!row) return null;
  const cache = cachesOf(manager.connection);
  const stored = storedEntryOf(cache.stored, row);
  if (!stored.ok) {
    return { policy: await defaultPolicyFor(manager, workspaceId), version: row.version, ruleSetVersion: null, unusable: [{ ...stored.error, replacedBy: 'defaultPolicy' }] };
  }
  const { assignment } = stored.value.policy;
  // Same destination: the stored document is the domain policy, and the cached object keeps its identity.
  if (assignment.mode !== 'conditionRouting') return { policy: resolveStoredPolicy(stored.value.policy, null), version: row.version, ruleSetVersion: null, unusable: [] };

  const ruleSets = new RuleSetRepository(manager);
  const ruleSet = await ruleSets.findById(workspaceId, assignment.ruleSetId);
  if (!ruleSet) {
    const missing = issue('INVALID_ID', 'assignment.ruleSetId', `no rule set ${assignment.ruleSetId} in this workspace`);
    const problem = { document: { entity: 'handoffPolicy', id: workspaceId, part: 'current', version: row.version }, issues: [missing], replacedBy: 'noRules' } as const;
    return { policy: resolveStoredPolicy(stored.value.policy, null), version: row.version, ruleSetVersion: null, unusable: [problem] };
  }
  const ruleSetVersion = ruleSet.publishedVersion;
  // Published versions are immutable, so their number identifies their content.
  const key = `${stored.value.serial}:${ruleSet.id}:${ruleSetVersion ?? 'none'}`;
  const resolved = cache.resolved.get(key) ?? cache.resolved.set(key, await resolveRouting(ruleSets, workspaceId, stored.value.policy, ruleSet.id, ruleSetVersion));
  return { ...resolved, version: row.version, ruleSetVersion };
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

/** The stored policy, parsed once per version and document (never throws: an unusable one is an error value). */
function storedEntryOf(cache: VersionedCache<StoredEntry>, row: HandoffPolicyEntity): Result<StoredEntry, UnusableStoredDocument> {
  const key = `${row.workspaceId}:${row.version}`;
  // A document nested deeper than any valid policy overflows JSON.stringify; the parser, which
  // never recurses into what it does not expect, then says what is wrong with it.
  const json = jsonOrNull(row.document);
  const cached = cache.get(key);
  if (json !== null && cached?.json === json) return ok(cached);
  const parsed = readStoredPolicy(row);
  if (!parsed.ok) return parsed;
  const entry = { json: json ?? '', policy: parsed.value, serial: ++serials };
  return ok(json === null ? entry : cache.set(key, entry));
}

/** Condition routing resolved to the published version, or the safe path when that version cannot route. */
async function resolveRouting(ruleSets: RuleSetRepository, workspaceId: string, stored: StoredHandoffPolicy, ruleSetId: string, version: number | null): Promise<Resolved> {
  const safe = parseHandoffPolicy(resolveStoredPolicy(stored, null));
  // parseStoredPolicy already accepted the policy with the empty rule set; failing now is a bug.
  if (!safe.ok) throw new Error(`The handoff policy of workspace ${workspaceId} does not accept the empty rule set`);
  if (version === null) return { policy: safe.value, unusable: [] };
  const ref = { entity: 'ruleSet', id: ruleSetId, part: 'published', version } as const;
  const row = await ruleSets.findVersion(workspaceId, ruleSetId, version);
  const published = row ? readStoredRuleSet(row.document, ref) : err({ document: ref, issues: [issue('INVALID_VALUE', '', 'the published version is missing')] });
  if (!published.ok) return { policy: safe.value, unusable: [{ ...published.error, replacedBy: 'noRules' }] };
  const resolved = parseHandoffPolicy(resolveStoredPolicy(stored, published.value));
  if (resolved.ok) return { policy: resolved.value, unusable: [] };
  // Valid on its own but not under this policy (condition routing is help desk only).
  const prefix = 'assignment.ruleSet';
  const issues = resolved.error.map((i) => (i.path.startsWith(prefix) ? { ...i, path: i.path.slice(prefix.length).replace(/^\./, '') } : i));
  return { policy: safe.value, unusable: [{ document: ref, issues, replacedBy: 'noRules' }] };
}
