import express, { type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where `nx run api:build` puts the GraphiQL bundle: next to the compiled server. */
export const GRAPHIQL_DIST = join(__dirname, '..', 'graphiql');

/**
 * Serves the self-hosted GraphiQL bundle (built from apps/api/graphiql with Vite, no CDN). A
 * server run from sources without a build answers with how to build it instead of a bare 404.
 */
export function graphiqlHandler(dist: string = GRAPHIQL_DIST): RequestHandler {
  if (!existsSync(join(dist, 'index.html'))) {
    return (_req, res) => void res.status(404).type('text/plain').send('GraphiQL is not built: run `npx nx run api:build`.');
  }
  return express.static(dist, { index: 'index.html' });
}
