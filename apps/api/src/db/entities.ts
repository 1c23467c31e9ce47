import { ApiKeyEntity } from '../modules/identity/api-key.entity';
import { RefreshTokenEntity } from '../modules/identity/refresh-token.entity';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { ConversationEntity } from '../modules/conversations/conversation.entity';
import { DestinationEntity } from '../modules/destinations/destination.entity';
import { MessageEntity } from '../modules/conversations/message.entity';
import { OutboxEventEntity } from '../modules/outbox/outbox-event.entity';
import { OutboxStreamEntity } from '../modules/outbox/outbox-stream.entity';
import { HandoffPolicyEntity } from '../modules/policies/handoff-policy.entity';
import { RoundRobinCursorEntity } from '../modules/people/round-robin-cursor.entity';
import { TeamMemberEntity } from '../modules/people/team-member.entity';
import { TeamEntity } from '../modules/people/team.entity';
import { UserEntity } from '../modules/people/user.entity';
import { RuleSetVersionEntity } from '../modules/rule-sets/rule-set-version.entity';
import { RuleSetEntity } from '../modules/rule-sets/rule-set.entity';
import { AssignmentEntity } from '../modules/tickets/assignment.entity';
import { TicketEntity } from '../modules/tickets/ticket.entity';
import { WorkspaceEntity } from '../modules/workspaces/workspace.entity';

/** Every persisted shape. Entities are persistence shapes only; GraphQL types are separate. */
export const ENTITIES = [
  WorkspaceEntity,
  DestinationEntity,
  UserEntity,
  TeamEntity,
  TeamMemberEntity,
  RoundRobinCursorEntity,
  HandoffPolicyEntity,
  RuleSetEntity,
  RuleSetVersionEntity,
  ConversationEntity,
  MessageEntity,
  TicketEntity,
  AssignmentEntity,
  AuditEntryEntity,
  OutboxEventEntity,
  OutboxStreamEntity,
  RefreshTokenEntity,
  ApiKeyEntity,
];
