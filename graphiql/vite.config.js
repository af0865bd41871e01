import { renameSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The page is built into the Maven output: assets under static/graphiql/ (served at /graphiql/...),
// the page itself at graphiql/index.html, where Spring for GraphQL's /graphiql handler looks for it.
const classes = resolve(import.meta.dirname, '../target/classes');
const assets = resolve(classes, 'static/graphiql');

function pageWhereSpringServesIt() {
  return {
    name: 'inkwell-page-location',
    closeBundle() {
      mkdirSync(resolve(classes, 'graphiql'), { recursive: true });
      renameSync(resolve(assets, 'index.html'), resolve(classes, 'graphiql/index.html'));
    },
  };
}

export default defineConfig({
  base: '/graphiql/',
  esbuild: { jsx: 'automatic' },
  // Monaco's language workers are ES modules (graphiql 5 loads them with { type: 'module' }).
  worker: { format: 'es' },
  build: {
    outDir: assets,
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    reportCompressedSize: false,
    rollupOptions: {
      // React libraries mark modules "use client" for server components; irrelevant in a page.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
  plugins: [pageWhereSpringServesIt()],
});
