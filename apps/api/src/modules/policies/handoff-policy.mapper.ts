import type { HandoffPolicyType } from './dtos/handoff-policy.type';
import type { PolicyView } from './handoff-policy.service';
import { toStoredDocumentProblemType } from './stored-documents';

export function toHandoffPolicyType({ row, policy, storedProblem }: PolicyView): HandoffPolicyType {
  const { assignment } = policy;
  const sameDestination = assignment.mode === 'sameDestination';
  return {
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    builtInTriggers: { ...policy.builtInTriggers },
    customTriggers: policy.customTriggers.map((t) => ({ id: t.id, phrase: t.phrase, mode: t.mode, ignoreAccents: t.ignoreAccents ?? false })),
    process: policy.process,
    assignment: {
      mode: assignment.mode,
      destination: sameDestination ? assignment.destination : 'helpDesk',
      userIds: sameDestination ? [...assignment.userIds] : null,
      teamIds: sameDestination ? [...assignment.teamIds] : null,
      strategy: assignment.strategy,
      ruleSetId: sameDestination ? null : assignment.ruleSetId,
    },
    messages: { ...policy.messages },
    unassignedBehaviour: policy.unassignedBehaviour,
    document: policy,
    storedProblem: storedProblem ? toStoredDocumentProblemType(storedProblem) : null,
  };
}
