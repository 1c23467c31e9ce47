import { ok } from '@handoff/domain';
import type { DataSource } from 'typeorm';
import { decodeAfter, type Page } from '../../graphql/keyset-cursor';
import type { ServiceResult } from '../../shared/service-result';
import type { ConversationEntity } from './conversation.entity';
import { ConversationRepository } from './conversation.repository';

/** Reading conversations; the handoff flow is what writes them. */
export class ConversationsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(workspaceId: string, status: string | undefined, first: number, after: string | null): Promise<ServiceResult<Page<ConversationEntity>>> {
    const position = decodeAfter(after);
    if (!position.ok) return position;
    return ok(await new ConversationRepository(this.dataSource.manager).page(workspaceId, status, first, position.value));
  }

  get(workspaceId: string, id: string): Promise<ConversationEntity | null> {
    return new ConversationRepository(this.dataSource.manager).findById(workspaceId, id);
  }
}
