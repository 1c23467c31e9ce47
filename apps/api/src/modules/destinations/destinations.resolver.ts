import { Authorized, Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINS, STAFF_AND_INTEGRATORS } from '../identity/roles';
import type { ApiContext } from '../../context';
import { toGraphQLError } from '../../graphql/errors';
import type { DestinationEntity } from './destination.entity';
import { DestinationSettingsType, RenameDestinationInput, RenameDestinationPayload } from './dtos/destination-settings.type';

const toDestinationSettingsType = (row: DestinationEntity): DestinationSettingsType => ({
  kind: row.kind as DestinationSettingsType['kind'],
  name: row.name,
  version: row.version,
});

/** The inbox and the help desk. */
@Resolver()
export class DestinationsResolver {
  @Authorized(STAFF_AND_INTEGRATORS)
  @Query(() => [DestinationSettingsType], { description: 'Where handed-off work can go: the inbox and the help desk, with this workspace’s names.' })
  async destinations(@Ctx() ctx: ApiContext): Promise<DestinationSettingsType[]> {
    return (await ctx.services.destinations.list(ctx.workspaceId)).map(toDestinationSettingsType);
  }

  @Authorized(ADMINS)
  @Mutation(() => RenameDestinationPayload, { description: 'Rename the inbox or the help desk. Audited.' })
  async renameDestination(@Arg('input') input: RenameDestinationInput, @Ctx() ctx: ApiContext): Promise<RenameDestinationPayload> {
    const result = await ctx.services.destinations.rename({ workspaceId: ctx.workspaceId, actor: ctx.actor }, input.kind, input.name);
    if (!result.ok) throw toGraphQLError(result.error);
    return { destination: toDestinationSettingsType(result.value) };
  }
}
