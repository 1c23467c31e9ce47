import { DESTINATIONS } from '@handoff/domain';
import type { EntityManager } from 'typeorm';
import { requireWorkspace } from '../../db/workspace-scope';
import { DestinationEntity } from './destination.entity';

/** The names a new workspace's destinations start with. */
export const DEFAULT_DESTINATION_NAMES: Readonly<Record<(typeof DESTINATIONS)[number], string>> = { inbox: 'Inbox', helpDesk: 'Help desk' };

/** The workspace's two destinations. The only place that queries the destinations table. */
export class DestinationRepository {
  constructor(private readonly manager: EntityManager) {}

  list(workspaceId: string): Promise<DestinationEntity[]> {
    return this.manager.find(DestinationEntity, { where: { workspaceId: requireWorkspace(workspaceId) }, order: { kind: 'DESC' } });
  }

  find(workspaceId: string, kind: string): Promise<DestinationEntity | null> {
    return this.manager.findOneBy(DestinationEntity, { workspaceId: requireWorkspace(workspaceId), kind });
  }

  /** Gives a new workspace both destinations, with the default names unless told otherwise. */
  async createDefaults(workspaceId: string, names: Partial<typeof DEFAULT_DESTINATION_NAMES> = {}): Promise<void> {
    requireWorkspace(workspaceId);
    await this.manager.insert(
      DestinationEntity,
      DESTINATIONS.map((kind) => ({ workspaceId, kind, name: names[kind] ?? DEFAULT_DESTINATION_NAMES[kind], version: 1 })),
    );
  }

  async rename(workspaceId: string, kind: string, name: string): Promise<void> {
    await this.manager.increment(DestinationEntity, { workspaceId: requireWorkspace(workspaceId), kind }, 'version', 1);
    await this.manager.update(DestinationEntity, { workspaceId, kind }, { name });
  }
}
