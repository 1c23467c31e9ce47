import type { FieldType } from './rule-ast';

/** The record a field is read from. */
export type FieldEntity = 'ticket' | 'conversation' | 'contact' | 'channel';

/** Where the admin's value pickers should get their options for a field (teams, users, tags…). */
export type FieldValueSource = 'tags' | 'channels' | 'languages';

/** One routable field: its id as written in rules (`ticket.priority`), type and, for enums, its options. */
export interface FieldDefinition {
  readonly id: string;
  readonly entity: FieldEntity;
  readonly label: string;
  readonly type: FieldType;
  readonly options?: readonly string[];
  readonly valueSource?: FieldValueSource;
  /** Custom properties live under `<entity>.custom.<key>`. */
  readonly custom?: boolean;
}

/** A workspace-defined property, declared by an admin, that rules may route on. */
export interface CustomPropertyDefinition {
  readonly entity: 'ticket' | 'contact';
  readonly key: string;
  readonly label: string;
  readonly type: FieldType;
  readonly options?: readonly string[];
}

/** The fields rules may use, looked up by id. */
export interface FieldCatalogue {
  readonly fields: readonly FieldDefinition[];
  readonly byId: ReadonlyMap<string, FieldDefinition>;
}

/** Channels a conversation can arrive through. */
export const CHANNELS = ['chat', 'email', 'whatsapp', 'messenger', 'sms', 'form', 'phone'] as const;
/** Ticket statuses, in workflow order. */
export const TICKET_STATUSES = ['new', 'open', 'pending', 'resolved', 'closed'] as const;
/** Why a conversation was handed off. */
export const HANDOFF_REASONS = ['agentCannotAnswer', 'visitorAskedForHuman', 'agentPaused', 'customTrigger'] as const;
/** Contact tiers. */
export const CONTACT_TIERS = ['free', 'standard', 'premium', 'enterprise'] as const;

const BUILT_IN_FIELDS: readonly FieldDefinition[] = [
  { id: 'ticket.subject', entity: 'ticket', label: 'Ticket subject', type: 'string' },
  { id: 'ticket.description', entity: 'ticket', label: 'Ticket description', type: 'string' },
  { id: 'ticket.priority', entity: 'ticket', label: 'Ticket priority', type: 'enum', options: ['low', 'normal', 'high', 'urgent'] },
  { id: 'ticket.status', entity: 'ticket', label: 'Ticket status', type: 'enum', options: TICKET_STATUSES },
  { id: 'ticket.tags', entity: 'ticket', label: 'Ticket tags', type: 'stringList', valueSource: 'tags' },
  { id: 'ticket.sourceChannel', entity: 'ticket', label: 'Ticket source channel', type: 'enum', options: CHANNELS },
  { id: 'ticket.createdAt', entity: 'ticket', label: 'Ticket created at', type: 'datetime' },
  { id: 'conversation.channel', entity: 'conversation', label: 'Conversation channel', type: 'enum', options: CHANNELS },
  { id: 'conversation.language', entity: 'conversation', label: 'Conversation language', type: 'string', valueSource: 'languages' },
  { id: 'conversation.messageText', entity: 'conversation', label: 'Visitor message', type: 'string' },
  { id: 'conversation.handoffReason', entity: 'conversation', label: 'Handoff reason', type: 'enum', options: HANDOFF_REASONS },
  { id: 'conversation.matchedTriggers', entity: 'conversation', label: 'Matched trigger phrases', type: 'stringList' },
  { id: 'contact.emailDomain', entity: 'contact', label: 'Contact email domain', type: 'string' },
  { id: 'contact.tier', entity: 'contact', label: 'Contact tier', type: 'enum', options: CONTACT_TIERS },
  { id: 'contact.company', entity: 'contact', label: 'Contact company', type: 'string' },
  { id: 'channel.name', entity: 'channel', label: 'Channel name', type: 'string' },
];

const CUSTOM_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Tells whether a custom property key is usable in a field id (`ticket.custom.<key>`). */
export const isValidCustomKey = (key: string): boolean => CUSTOM_KEY.test(key);

/**
 * Builds the catalogue: the built-in fields plus the workspace's custom properties. Custom
 * properties with an invalid key are a bug in the caller (the API validates them on write).
 */
export function createFieldCatalogue(customProperties: readonly CustomPropertyDefinition[] = []): FieldCatalogue {
  const custom = customProperties.map((p): FieldDefinition => {
    if (!isValidCustomKey(p.key)) throw new Error(`invalid custom property key: ${p.key}`);
    return {
      id: `${p.entity}.custom.${p.key}`,
      entity: p.entity,
      label: p.label,
      type: p.type,
      custom: true,
      ...(p.options ? { options: p.options } : {}),
    };
  });
  const fields = [...BUILT_IN_FIELDS, ...custom];
  return { fields, byId: new Map(fields.map((f) => [f.id, f])) };
}

/** The catalogue with no custom properties. */
export const DEFAULT_FIELD_CATALOGUE: FieldCatalogue = createFieldCatalogue();
