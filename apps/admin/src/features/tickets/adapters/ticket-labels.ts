import { describeUnavailabilityReason } from '../../../lib/people/describe-unavailability-reason';
import type { AssignmentMethod, Channel, MessageAuthor, PresenceStatus, TicketPriority, TicketStatus } from '../../../generated/graphql';

/** The board's columns, in the order work flows through them. */
export const STATUS_COLUMNS: ReadonlyArray<{ readonly status: TicketStatus; readonly label: string; readonly done: boolean }> = [
  { status: 'new', label: 'New', done: false },
  { status: 'open', label: 'Open', done: false },
  { status: 'pending', label: 'Pending', done: false },
  { status: 'resolved', label: 'Resolved', done: true },
  { status: 'closed', label: 'Closed', done: true },
];

export const STATUS_LABELS: Record<TicketStatus, string> = { new: 'New', open: 'Open', pending: 'Pending', resolved: 'Resolved', closed: 'Closed' };

export const PRIORITY_VIEW: Record<TicketPriority, { readonly label: string; readonly color: string }> = {
  urgent: { label: 'Urgent', color: 'red' },
  high: { label: 'High', color: 'orange' },
  normal: { label: 'Normal', color: 'blue' },
  low: { label: 'Low', color: 'gray' },
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  chat: 'Chat',
  email: 'Email',
  form: 'Form',
  messenger: 'Messenger',
  phone: 'Phone',
  sms: 'SMS',
  whatsapp: 'WhatsApp',
};

export const PRESENCE_VIEW: Record<PresenceStatus, { readonly label: string; readonly color: string }> = {
  online: { label: 'Online', color: 'teal' },
  away: { label: 'Away', color: 'yellow' },
  offline: { label: 'Offline', color: 'gray' },
};

export const METHOD_LABELS: Record<AssignmentMethod, string> = {
  direct: 'Routed directly',
  roundRobin: 'Round robin',
  leastLoaded: 'Least loaded',
  manual: 'By hand',
};

export const AUTHOR_LABELS: Record<MessageAuthor, string> = { visitor: 'Visitor', bot: 'AI agent', agent: 'Agent', system: 'System' };

/** Why someone cannot take work, in words (the API sends a code). */
export const describeUnavailability = (reason: string | null): string => (reason === null ? 'Available' : describeUnavailabilityReason(reason));
