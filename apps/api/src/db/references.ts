import { JoinColumn, ManyToOne } from 'typeorm';

/**
 * Declares a foreign key on an entity so the schema the migrations build and the schema the
 * entities describe stay identical (a test compares them). The relation property itself is never
 * loaded: repositories join explicitly, which keeps SQL counts visible.
 */
export function References(
  entity: () => new () => unknown,
  column: string,
  onDelete: 'CASCADE' | 'SET NULL' = 'CASCADE',
): PropertyDecorator {
  return (target, property) => {
    ManyToOne(entity, { onDelete, nullable: onDelete === 'SET NULL' })(target, property);
    JoinColumn({ name: column })(target, property);
  };
}
