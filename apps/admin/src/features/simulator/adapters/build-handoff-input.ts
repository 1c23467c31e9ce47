import dayjs from 'dayjs';
import type { AgentSignal, Channel, ContactInput, RuleSetSource, SimulateHandoffInput } from '../../../generated/graphql';
import { isFactSet, toFactJson, type FactValue } from './fact-value';

/** The visitor message form. `custom` holds contact custom properties by field id (`contact.custom.plan`). */
export interface HandoffFormValues {
  readonly text: string;
  readonly channel: Channel;
  readonly language: string;
  readonly email: string;
  readonly company: string;
  readonly tier: string | null;
  readonly custom: Readonly<Record<string, FactValue>>;
  readonly signals: readonly AgentSignal[];
  /** Local `YYYY-MM-DDTHH:mm`, as a datetime-local input gives it; now when null. */
  readonly at: string | null;
  readonly source: RuleSetSource;
}

/** A blank form: chat, now, the published configuration. */
export const EMPTY_HANDOFF_FORM: HandoffFormValues = {
  text: '',
  channel: 'chat',
  language: '',
  email: '',
  company: '',
  tier: null,
  custom: {},
  signals: [],
  at: null,
  source: 'published',
};

const CUSTOM_PREFIX = 'contact.custom.';

function toContact(values: HandoffFormValues, types: ReadonlyMap<string, string>): ContactInput | undefined {
  const contact: { email?: string; company?: string; tier?: string; custom?: Record<string, unknown> } = {};
  if (values.email.trim()) contact.email = values.email.trim();
  if (values.company.trim()) contact.company = values.company.trim();
  if (values.tier) contact.tier = values.tier;
  const custom = Object.entries(values.custom).filter(([id, v]) => id.startsWith(CUSTOM_PREFIX) && isFactSet(v));
  if (custom.length > 0) {
    contact.custom = Object.fromEntries(custom.map(([id, v]) => [id.slice(CUSTOM_PREFIX.length), toFactJson(v as NonNullable<FactValue>, types.get(id))]));
  }
  return Object.keys(contact).length > 0 ? contact : undefined;
}

/**
 * The form as `simulateHandoff` takes it. Blank inputs are left out (not sent as ""), so the
 * server reads them as "not given" exactly as it would for a real visitor. The policy is never
 * sent: the simulator runs the stored policy with the published or the draft rule set.
 */
export function toSimulateHandoffInput(values: HandoffFormValues, fieldTypes: ReadonlyMap<string, string> = new Map()): SimulateHandoffInput {
  const contact = toContact(values, fieldTypes);
  const at = values.at ? dayjs(values.at) : null;
  return {
    text: values.text,
    channel: values.channel,
    signals: [...values.signals],
    ruleSetSource: values.source,
    ...(values.language.trim() ? { language: values.language.trim() } : {}),
    ...(contact ? { contact } : {}),
    ...(at?.isValid() ? { at: at.toISOString() } : {}),
  };
}
