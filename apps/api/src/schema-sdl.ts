import { lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';
import { createSchema } from './schema';

/** The committed contract for integrators: apps/api/schema.graphql. */
export const SCHEMA_SDL_PATH = join(__dirname, '..', 'schema.graphql');

/** The SDL of the schema the code builds, sorted so the committed file diffs only on real changes. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
