import type { PubSub } from 'type-graphql';
import { TOPICS } from '../../graphql/pubsub';

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

/** Announces a committed change; call only after the transaction commits. */
export function publishConfigurationChange(pubSub: PubSub, workspaceId: string, change: ConfigurationChange): void {
  pubSub.publish(TOPICS.configurationChanged, workspaceId, change);
}
