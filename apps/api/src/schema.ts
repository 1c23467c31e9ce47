import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CatalogueResolver } from './modules/catalogue/catalogue.resolver';

/** Builds the executable schema from the code-first resolvers, with input validation on. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [CatalogueResolver], validate: true });
}
