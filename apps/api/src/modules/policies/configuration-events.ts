import { TOPICS } from '../../graphql/pubsub';
import type { OutboxEventInput } from '../outbox/outbox.repository';

/** What changed in a workspace's configuration, for admins watching it live. */
export interface ConfigurationChange {
  readonly entityType: 'handoffPolicy' | 'ruleSet' | 'destination';
  readonly entityId: string;
  /** e.g. update, saveDraft, addRule, publish, rollback, delete. */
  readonly action: string;
  /** The policy version, the rule set's draft version, or (publish/rollback) its new published version. */
  readonly version: number;
  readonly actor: string;
}

/** A change as an outbox event, to write in the transaction that makes it (published after it commits). */
export const configurationOutboxEvent = (change: ConfigurationChange): OutboxEventInput => ({ topic: TOPICS.configurationChanged, payload: change });
