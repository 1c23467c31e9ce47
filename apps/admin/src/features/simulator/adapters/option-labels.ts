import { CHANNELS, CONTACT_TIERS } from '@handoff/domain';

const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  chat: 'Chat',
  email: 'Email',
  whatsapp: 'WhatsApp',
  messenger: 'Messenger',
  sms: 'SMS',
  form: 'Form',
  phone: 'Phone',
};

const HANDOFF_REASON_LABELS: Readonly<Record<string, string>> = {
  agentCannotAnswer: 'AI agent cannot answer',
  visitorAskedForHuman: 'Visitor asked for a person',
  agentPaused: 'AI agent paused',
  customTrigger: 'Trigger phrase',
};

const capitalize = (value: string): string => (value ? value[0]?.toUpperCase() + value.slice(1) : value);

/** How an enum value reads in a picker: channels and handoff reasons by name, the rest capitalised. */
export function optionLabel(value: string): string {
  return CHANNEL_LABELS[value] ?? HANDOFF_REASON_LABELS[value] ?? capitalize(value);
}

/** Select data for a list of enum values. */
export const toOptions = (values: readonly string[]): { value: string; label: string }[] => values.map((value) => ({ value, label: optionLabel(value) }));

/** Every channel a visitor can write through. */
export const CHANNEL_OPTIONS = toOptions(CHANNELS);

/** The built-in tiers, for when the catalogue has not loaded yet. */
export const DEFAULT_TIERS: readonly string[] = CONTACT_TIERS;

/** Common language tags to suggest; any BCP 47 tag may be typed. */
export const LANGUAGE_SUGGESTIONS = ['en', 'fi', 'sv', 'de', 'fr', 'es', 'et', 'nb', 'da', 'en-GB', 'en-US'];

/** What the AI agent can report with a turn. */
export const SIGNAL_OPTIONS = [
  { value: 'visitorAskedForHuman', label: 'Visitor asked for a person' },
  { value: 'cannotAnswer', label: 'AI agent cannot answer' },
  { value: 'paused', label: 'AI agent paused' },
];
