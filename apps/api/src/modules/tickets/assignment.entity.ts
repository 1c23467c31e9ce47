import { Column, Entity, Index } from 'typeorm';
import { ID_COLUMN, TIMESTAMP_COLUMN } from '../../db/column-transformers';
import { References } from '../../db/references';
import { TicketEntity } from './ticket.entity';
import { WorkspaceRow } from '../../db/workspace-row';

/** One step of a ticket's assignment history: who got it (or nobody), from which team, and why. */
@Entity('assignments')
@Index('ix_assignments_ticket', ['workspaceId', 'ticketId', 'createdAt'])
export class AssignmentEntity extends WorkspaceRow {
  @Column({ ...ID_COLUMN, name: 'ticket_id' })
  ticketId!: string;

  @Column({ ...ID_COLUMN, name: 'user_id', nullable: true })
  userId!: string | null;

  @Column({ ...ID_COLUMN, name: 'team_id', nullable: true })
  teamId!: string | null;

  /** roundRobin | leastLoaded | direct | manual */
  @Column({ type: 'varchar', length: 16 })
  method!: string;

  /** Why: the rule that matched, the fallback, a person's action… */
  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actor!: string | null;

  @Column({ ...TIMESTAMP_COLUMN, name: 'created_at' })
  createdAt!: Date;

  @References(() => TicketEntity, 'ticket_id')
  ticket?: TicketEntity;
}
