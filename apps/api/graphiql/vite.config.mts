import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Bundles GraphiQL (with React) into static files the API serves at /graphiql: everything comes
 * from node_modules at build time, nothing from a CDN at run time.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../dist/graphiql'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    rolldownOptions: {
      // framer-motion (a GraphiQL dependency) marks its modules "use client", which means nothing here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
