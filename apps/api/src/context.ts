import type { DataSource } from 'typeorm';
import { actorOf, type Principal } from './modules/identity/principal';
import type { RefreshCookieJar } from './modules/identity/refresh-cookie';
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
  /** Who is asking; null before signing in (only public operations then pass the auth checker). */
  readonly principal: Principal | null;
  /**
   * The principal's workspace, and only ever that. Empty without a principal, so any repository
   * call made anyway throws (requireWorkspace) instead of widening to every tenant.
   */
  readonly workspaceId: string;
  /** Who is acting, for the audit log: the person's email or `api-key:<name>`. */
  readonly actor: string;
  readonly requestId: string;
  readonly services: AppServices;
  readonly loaders: Loaders;
  /** The request's refresh-token cookie; null over graphql-ws (and in-process tests), which carry no cookies. */
  readonly refreshCookie: RefreshCookieJar | null;
}

/**
 * Builds a request's context: fresh loaders, so batching and caching never cross requests. The
 * workspace and the actor come from the principal, never from what a client names.
 */
export function createContext(input: {
  dataSource: DataSource;
  services: AppServices;
  principal: Principal | null;
  requestId: string;
  refreshCookie?: RefreshCookieJar | null;
}): ApiContext {
  const workspaceId = input.principal?.workspaceId ?? '';
  return {
    principal: input.principal,
    workspaceId,
    actor: input.principal ? actorOf(input.principal) : 'anonymous',
    requestId: input.requestId,
    services: input.services,
    refreshCookie: input.refreshCookie ?? null,
    loaders: {
      people: createPeopleLoaders(input.dataSource, workspaceId),
      tickets: createTicketLoaders(input.dataSource, workspaceId),
      conversations: createConversationLoaders(input.dataSource, workspaceId),
    },
  };
}
