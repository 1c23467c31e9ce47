import type { QueryDeepPartialEntity } from 'typeorm';

/**
 * TypeORM's write types recurse into JSON columns and cannot express `Record<string, unknown>`
 * (free-form custom properties). The columns are `simple-json`, so any JSON value is fine: this
 * is the one place that says so.
 */
export const asRow = <T>(row: Partial<T>): QueryDeepPartialEntity<T> => row as QueryDeepPartialEntity<T>;
