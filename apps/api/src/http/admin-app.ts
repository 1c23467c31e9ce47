import express, { type Router } from 'express';
import { join } from 'node:path';

/**
 * Serves the built admin app from the API's own origin, so it needs no CORS and no second server.
 * Hashed assets are cached for good; every other GET that wants HTML gets index.html, because
 * the app routes on the client (/rules/42 is a screen, not a file).
 */
export function adminAppRouter(dist: string): Router {
  const router = express.Router();
  router.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  router.use(express.static(dist, { index: false }));
  router.use((req, res, next) => {
    if (req.method !== 'GET' || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dist, 'index.html'));
  });
  return router;
}
