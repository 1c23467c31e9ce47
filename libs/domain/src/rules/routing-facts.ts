/**
 * What a rule set is evaluated against: one ticket with its conversation, contact and channel.
 * Datetimes may be epoch milliseconds (fastest) or ISO 8601 strings. Values of the wrong type
 * read as "not set".
 */
export interface RoutingFacts {
  readonly ticket?: {
    readonly subject?: string | null;
    readonly description?: string | null;
    readonly priority?: string | null;
    readonly status?: string | null;
    readonly tags?: readonly string[] | null;
    readonly sourceChannel?: string | null;
    readonly createdAt?: number | string | null;
    readonly custom?: Readonly<Record<string, unknown>> | null;
  } | null;
  readonly conversation?: {
    readonly channel?: string | null;
    readonly language?: string | null;
    readonly messageText?: string | null;
    readonly handoffReason?: string | null;
    readonly matchedTriggers?: readonly string[] | null;
  } | null;
  readonly contact?: {
    readonly emailDomain?: string | null;
    readonly tier?: string | null;
    readonly company?: string | null;
    readonly custom?: Readonly<Record<string, unknown>> | null;
  } | null;
  readonly channel?: {
    readonly name?: string | null;
  } | null;
}
