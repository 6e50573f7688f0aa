import { defineConfig } from 'vite';

/** The app is served at http://127.0.0.1:5173 (`PORT` overrides), both in dev and in preview. */
const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
});
