import { CHANNELS, CONTACT_TIERS, HANDOFF_REASONS, PRIORITIES, createFieldCatalogue, type CustomPropertyDefinition, type FieldCatalogue } from '@handoff/domain';

/** The workspace's custom properties the benchmark rules route on. */
export const BENCH_CUSTOM_PROPERTIES: readonly CustomPropertyDefinition[] = [
  { entity: 'ticket', key: 'orderValue', label: 'Order value', type: 'number' },
  { entity: 'contact', key: 'lifetimeValue', label: 'Lifetime value', type: 'number' },
  { entity: 'contact', key: 'isVip', label: 'VIP', type: 'boolean' },
  { entity: 'contact', key: 'signedUpAt', label: 'Signed up at', type: 'datetime' },
];

/** The field catalogue every contender's rule set is validated and compiled against. */
export const BENCH_CATALOGUE: FieldCatalogue = createFieldCatalogue(BENCH_CUSTOM_PROPERTIES);

export { CHANNELS, CONTACT_TIERS, HANDOFF_REASONS, PRIORITIES };

/** Tags agents put on tickets. */
export const TAGS = [
  'billing', 'refund', 'vip', 'bug', 'outage', 'login', 'invoice', 'shipping', 'returns', 'gdpr',
  'onboarding', 'api', 'mobile', 'desktop', 'churn-risk', 'enterprise', 'trial', 'upsell', 'legal', 'security',
  'payments', 'sso', 'integration', 'feature-request', 'feedback', 'urgent-review', 'warranty', 'damaged', 'lost', 'tax',
  'pricing', 'migration', 'export', 'import', 'webhook', 'performance', 'accessibility', 'localisation', 'partner', 'reseller',
] as const;

/** Words rules look for in subjects; none is a substring of another or of a filler word. */
export const SUBJECT_KEYWORDS = [
  'refund', 'cancel', 'invoice', 'password', 'delivery', 'broken', 'upgrade', 'discount', 'lawyer', 'complaint',
  'crash', 'charged', 'warranty', 'outage', 'locked', 'shipment', 'missing', 'damaged', 'subscription', 'unsubscribe',
  'chargeback', 'fraud', 'downgrade', 'receipt', 'voucher', 'coupon', 'exchange', 'tracking', 'courier', 'latency',
  'timeout', 'integration', 'webhook', 'export', 'gdpr', 'deletion', 'contract', 'renewal', 'quote', 'partnership',
] as const;

/** Everyday words around the keywords. */
export const FILLER_WORDS = [
  'hello', 'please', 'help', 'order', 'my', 'the', 'with', 'issue', 'question', 'account',
  'about', 'urgent', 'again', 'today', 'still', 'not', 'working', 'need', 'asap', 'thanks',
] as const;

/** Conversation languages (a plain string field). */
export const LANGUAGES = ['en', 'fi', 'sv', 'de', 'fr', 'es', 'ru', 'el'] as const;

/** Company email domains. */
export const EMAIL_DOMAINS = ['acme.com', 'example.org', 'globex.fi', 'initech.de', 'umbrella.se', 'gmail.com', 'outlook.com'] as const;

/** The window ticket creation and sign-up times fall in: the year 2025, as epoch milliseconds. */
export const TIME_WINDOW = { start: Date.parse('2025-01-01T00:00:00Z'), end: Date.parse('2026-01-01T00:00:00Z') } as const;
