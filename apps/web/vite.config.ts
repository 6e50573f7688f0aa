import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The app is served at http://127.0.0.1:5173 (`PORT` overrides), both in dev and in preview. */
const port = Number(process.env.PORT ?? 5173);

/** The repository root: the seed article is read from `fixtures/` (imported with `?raw`). */
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `@citation-js/core` imports `node-fetch` (used only in Node, to fetch remote inputs); in the
 * browser it is the browser's own `fetch`, so Vite neither bundles node-fetch nor stubs the Node
 * built-ins it imports (see packages/formats/src/csl/node-fetch-browser.ts).
 */
const nodeFetchInBrowser = fileURLToPath(
  new URL('../../packages/formats/src/csl/node-fetch-browser.ts', import.meta.url),
);

export default defineConfig({
  resolve: { alias: { 'node-fetch': nodeFetchInBrowser } },
  server: { host: '127.0.0.1', port, strictPort: true, fs: { allow: [repositoryRoot] } },
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
});
