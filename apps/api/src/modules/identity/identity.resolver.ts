import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context';
import { toGraphQLError } from '../../graphql/errors';
import { toUserType } from '../people/people.mapper';
import type { ApiKeyEntity } from './api-key.entity';
import { unauthenticated } from './auth-errors';
import { ApiKeyType, CreateApiKeyInput, CreateApiKeyPayload, RevokeApiKeyPayload } from './dtos/api-key.type';
import { SessionPayload, SignInInput, SignOutPayload, ViewerType } from './dtos/session.type';
import { ADMINS } from './roles';
import { chooseDelivery, deliverSession, presentedRefreshToken } from './session-delivery';

const toApiKeyType = (row: ApiKeyEntity): ApiKeyType => ({
  id: row.id,
  name: row.name,
  role: row.role as ApiKeyType['role'],
  prefix: row.prefix,
  createdAt: row.createdAt,
  revokedAt: row.revokedAt,
});

/** Signing in and out of the admin app, and the workspace's API keys. */
@Resolver()
export class IdentityResolver {
  @Mutation(() => SessionPayload, { description: 'Sign in with email and password. Public. The refresh token goes where input.refreshTokenDelivery says.' })
  async signIn(@Arg('input') input: SignInInput, @Ctx() ctx: ApiContext): Promise<SessionPayload> {
    const delivery = chooseDelivery(input.refreshTokenDelivery, ctx.refreshCookie);
    const result = await ctx.services.identity.sessions.signIn(input.email, input.password, input.workspaceId ?? null);
    return deliverSession(result, delivery, ctx.refreshCookie);
  }

  @Mutation(() => SessionPayload, {
    description:
      'Trade a refresh token for a new session; the old refresh token stops working, and reusing it ends every session of its person. Public. Without the argument, the token comes from the session cookie and the next one goes back there.',
  })
  async refreshSession(@Arg('refreshToken', () => String, { nullable: true }) refreshToken: string | null | undefined, @Ctx() ctx: ApiContext): Promise<SessionPayload> {
    const presented = presentedRefreshToken(refreshToken, ctx.refreshCookie);
    if (presented.token === null) throw unauthenticated('No session to refresh: sign in (no refreshToken argument, and no session cookie came with the request)');
    const result = await ctx.services.identity.sessions.refresh(presented.token);
    // A dead cookie is dropped, so the browser stops sending a token that can never work again.
    if (!result.ok && presented.delivery === 'cookie') ctx.refreshCookie?.clear();
    return deliverSession(result, presented.delivery, ctx.refreshCookie);
  }

  @Mutation(() => SignOutPayload, {
    description: 'End the session the refresh token belongs to (without the argument: the session cookie’s, and clear the cookie). Public. The access token lapses within ~15 minutes.',
  })
  async signOut(@Arg('refreshToken', () => String, { nullable: true }) refreshToken: string | null | undefined, @Ctx() ctx: ApiContext): Promise<SignOutPayload> {
    const presented = presentedRefreshToken(refreshToken, ctx.refreshCookie);
    if (presented.token === null) return { signedOut: true };
    await ctx.services.identity.sessions.signOut(presented.token);
    if (presented.delivery === 'cookie') ctx.refreshCookie?.clear();
    return { signedOut: true };
  }

  @Authorized()
  @Query(() => ViewerType, { description: 'Who is asking: role, workspace, and the person or key.' })
  async viewer(@Ctx() ctx: ApiContext): Promise<ViewerType> {
    const principal = ctx.principal;
    if (!principal) throw unauthenticated();
    const user = principal.kind === 'session' ? await ctx.loaders.people.userById.load(principal.userId) : null;
    return {
      workspaceId: principal.workspaceId,
      role: principal.role,
      user: user ? toUserType(user) : null,
      apiKeyName: principal.kind === 'apiKey' ? principal.name : null,
    };
  }

  @Authorized(ADMINS)
  @Query(() => [ApiKeyType], { description: 'The workspace’s API keys, newest first; never the keys themselves.' })
  async apiKeys(@Ctx() ctx: ApiContext): Promise<ApiKeyType[]> {
    return (await ctx.services.identity.apiKeys.list(ctx.workspaceId)).map(toApiKeyType);
  }

  @Authorized(ADMINS)
  @Mutation(() => CreateApiKeyPayload, { description: 'Create an API key. The key is in this response only; the API keeps a hash.' })
  async createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() ctx: ApiContext): Promise<CreateApiKeyPayload> {
    const result = await ctx.services.identity.apiKeys.create({ workspaceId: ctx.workspaceId, actor: ctx.actor }, input.name, input.role);
    if (!result.ok) throw toGraphQLError(result.error);
    return { key: result.value.key, apiKey: toApiKeyType(result.value.row) };
  }

  @Authorized(ADMINS)
  @Mutation(() => RevokeApiKeyPayload, { description: 'Revoke an API key: refused on this instance at once, everywhere within a minute; its sockets close.' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<RevokeApiKeyPayload> {
    const result = await ctx.services.identity.apiKeys.revoke(ctx.workspaceId, id);
    if (!result.ok) throw toGraphQLError(result.error);
    return { apiKey: toApiKeyType(result.value) };
  }
}
