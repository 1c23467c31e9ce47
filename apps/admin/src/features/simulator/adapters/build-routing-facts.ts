import type { RoutingFacts } from '@handoff/domain';
import { isFactSet, toFactJson, type FactValue } from './fact-value';

type FactsDraft = Record<string, Record<string, unknown>>;

/**
 * The ticket form as RoutingFacts: `ticket.subject` → `{ ticket: { subject } }`, custom
 * properties `ticket.custom.plan` → `{ ticket: { custom: { plan } } }`. Inputs left blank are
 * left out, so rules see them as not set. `types` are the catalogue's field types, by id.
 */
export function toRoutingFacts(values: Readonly<Record<string, FactValue>>, types: ReadonlyMap<string, string>): RoutingFacts {
  const facts: FactsDraft = {};
  for (const [id, value] of Object.entries(values)) {
    if (!isFactSet(value)) continue;
    const [entity, key, customKey] = id.split('.');
    if (!entity || !key) continue;
    const record = (facts[entity] ??= {});
    const json = toFactJson(value, types.get(id));
    if (key === 'custom' && customKey) record['custom'] = { ...(record['custom'] as Record<string, unknown> | undefined), [customKey]: json };
    else record[key] = json;
  }
  return facts as RoutingFacts;
}
