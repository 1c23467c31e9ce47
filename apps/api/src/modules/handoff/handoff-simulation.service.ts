import { compileHandoffPolicy, decideHandoff, err, ok, type HandoffDecision, type HandoffEvent, type HandoffSignals } from '@handoff/domain';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../observability/logger';
import type { Clock } from '../../shared/clock';
import { invalid, type ServiceResult } from '../../shared/service-result';
import type { ContactDocument } from '../conversations/conversation.entity';
import { loadAvailabilitySnapshot } from './availability-snapshot';
import { SIGNALS, toContactDocument, validateVisitorMessage, type AgentSignalCommand } from './handoff-commands';
import { resolveSimulationPolicy, type RuleSetSource } from './simulation-policy';

/** A visitor turn to try out, against the stored policy or a draft of one. */
export interface HandoffSimulationCommand {
  readonly text: string;
  readonly channel: string;
  readonly language?: string | undefined;
  readonly contact?: ContactDocument | undefined;
  readonly signals: readonly AgentSignalCommand['signal'][];
  /** A draft policy in the format updateHandoffPolicy takes; the stored policy when absent. */
  readonly policy?: unknown;
  readonly ruleSetSource: RuleSetSource;
  /** The moment to simulate (working hours); now when absent. */
  readonly at?: Date | undefined;
}

/** What a simulation decided, and the moment it was decided for. */
export interface HandoffSimulation {
  readonly decision: HandoffDecision;
  readonly at: Date;
}

/**
 * Runs the real decision — the same domain function the flow uses, against the workspace's real
 * people and load — and stores nothing: no message, ticket, cursor or event.
 */
export class HandoffSimulationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async simulate(workspaceId: string, command: HandoffSimulationCommand): Promise<ServiceResult<HandoffSimulation>> {
    const issues = validateVisitorMessage(command);
    if (issues.length > 0) return err(invalid(issues));
    const manager = this.dataSource.manager;
    const policy = await resolveSimulationPolicy({ manager, workspaceId, logger: this.logger }, command.policy, command.ruleSetSource);
    if (!policy.ok) return policy;
    const at = command.at ?? this.clock();
    const signals: HandoffSignals = Object.assign({}, ...command.signals.map((s) => SIGNALS[s]));
    const event: HandoffEvent = {
      messageText: command.text,
      signals,
      conversation: { id: 'simulation', channel: command.channel, language: command.language ?? null, channelName: null },
      contact: toContactDocument(command.contact),
    };
    const world = await loadAvailabilitySnapshot(manager, workspaceId, at);
    return ok({ decision: decideHandoff(compileHandoffPolicy(policy.value), event, world), at });
  }
}
