import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The API serves the built app from the same origin; in `npm run dev` Vite proxies to it
// (API_URL points the proxy at another instance, e.g. one started on a spare port).
const apiUrl = process.env['API_URL'] ?? 'http://localhost:4000';
export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/admin',
  plugins: [react()],
  resolve: { conditions: ['development', ...defaultClientConditions] },
  server: {
    port: 4200,
    host: 'localhost',
    proxy: { '/graphql': { target: apiUrl, ws: true }, '/graphiql': { target: apiUrl } },
  },
  preview: { port: 4300, host: 'localhost' },
  build: { outDir: './dist', emptyOutDir: true, reportCompressedSize: false },
});
