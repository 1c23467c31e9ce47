import type { DataSource } from 'typeorm';
import { createConversationLoaders, type ConversationLoaders } from './modules/conversations/conversations.loaders';
import { createPeopleLoaders, type PeopleLoaders } from './modules/people/people.loaders';
import { createTicketLoaders, type TicketLoaders } from './modules/tickets/tickets.loaders';
import type { AppServices } from './services';

/** Per-request batch loaders of every module. */
export interface Loaders {
  readonly people: PeopleLoaders;
  readonly tickets: TicketLoaders;
  readonly conversations: ConversationLoaders;
}

/** What every resolver receives: who is asking, in which workspace, and the app's services. */
export interface ApiContext {
  readonly workspaceId: string;
  /** Who is acting, for the audit log. Real identities arrive with authentication. */
  readonly actor: string;
  readonly requestId: string;
  readonly services: AppServices;
  readonly loaders: Loaders;
}

/** Builds a request's context: fresh loaders, so batching and caching never cross requests. */
export function createContext(input: {
  dataSource: DataSource;
  services: AppServices;
  workspaceId: string;
  actor: string;
  requestId: string;
}): ApiContext {
  return {
    workspaceId: input.workspaceId,
    actor: input.actor,
    requestId: input.requestId,
    services: input.services,
    loaders: {
      people: createPeopleLoaders(input.dataSource, input.workspaceId),
      tickets: createTicketLoaders(input.dataSource, input.workspaceId),
      conversations: createConversationLoaders(input.dataSource, input.workspaceId),
    },
  };
}
