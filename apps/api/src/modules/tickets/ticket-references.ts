import type { EntityManager } from 'typeorm';
import type { ServiceFailure } from '../../graphql/errors';
import { notFound } from '../../shared/service-result';
import { ConversationRepository } from '../conversations/conversation.repository';
import { TeamRepository } from '../people/team.repository';
import { UserRepository } from '../people/user.repository';

/** The people, team and conversation a ticket input names. */
export interface TicketReferences {
  readonly ownerId?: string | null | undefined;
  readonly teamId?: string | null | undefined;
  readonly conversationId?: string | null | undefined;
}

/**
 * The first id that names nothing in this workspace, as NOT_FOUND at its input path. Ids of
 * other workspaces are not found either: the lookups are scoped to the caller's workspace. Only
 * null or absent means "none": an empty string is an id that names nothing.
 */
export async function findMissingReferences(manager: EntityManager, workspaceId: string, refs: TicketReferences): Promise<ServiceFailure | null> {
  if (refs.ownerId != null && !(await new UserRepository(manager).findById(workspaceId, refs.ownerId))) return notFound('user', refs.ownerId, 'input.ownerId');
  if (refs.teamId != null && (await new TeamRepository(manager).findByIds(workspaceId, [refs.teamId])).length === 0) return notFound('team', refs.teamId, 'input.teamId');
  if (refs.conversationId != null && !(await new ConversationRepository(manager).findById(workspaceId, refs.conversationId))) {
    return notFound('conversation', refs.conversationId, 'input.conversationId');
  }
  return null;
}
