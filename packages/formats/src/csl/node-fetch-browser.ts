/**
 * What `node-fetch` is in the browser bundle: the browser's own `fetch` and `Headers`.
 * `@citation-js/core` imports `node-fetch` unconditionally (it uses it only in Node, and only to
 * fetch remote inputs, which this tool never asks for); without this stand-in Vite bundles
 * node-fetch and stubs eleven Node built-ins it needs. `apps/web/vite.config.ts` aliases
 * `node-fetch` here. `sync-fetch` needs no alias: its `browser` field already points at an
 * XMLHttpRequest version.
 */
export const Headers: typeof globalThis.Headers = globalThis.Headers;
const browserFetch: typeof globalThis.fetch = globalThis.fetch;
export default browserFetch;
