import express from 'express';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminAppRouter } from './admin-app';

describe('adminAppRouter', () => {
  const dist = mkdtempSync(join(tmpdir(), 'admin-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>admin</title>');
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  const app = express();
  app.get('/graphql', (_req, res) => void res.json({ graphql: true }));
  app.use(adminAppRouter(dist));
  const server = app.listen(0);
  const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  afterAll(() => new Promise((done) => server.close(done)));

  describe('when a browser opens a client-side route', () => {
    it('answers with index.html, not cached', async () => {
      const response = await fetch(`${base()}/rules/some-id`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>admin</title>');
    });
  });

  describe('when a hashed asset is requested', () => {
    it('serves it with a long immutable cache', async () => {
      const response = await fetch(`${base()}/assets/app-1234.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toContain('immutable');
    });

    it('answers 404 for a missing asset instead of the HTML page', async () => {
      const response = await fetch(`${base()}/assets/missing.js`, { headers: { accept: '*/*' } });
      expect(response.status).toBe(404);
    });
  });

  describe('when the API itself is asked', () => {
    it('leaves earlier routes alone', async () => {
      const response = await fetch(`${base()}/graphql`);
      expect(await response.json()).toEqual({ graphql: true });
    });
  });

  describe('when a client wants JSON from an unknown path', () => {
    it('does not send the HTML page', async () => {
      const response = await fetch(`${base()}/nope`, { headers: { accept: 'application/json' } });
      expect(response.status).toBe(404);
    });
  });
});
