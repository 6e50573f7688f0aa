import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

/**
 * Serves the built app (`apps/web/dist`, made by `pnpm --filter @apparatus/web build`) with
 * `vite preview` on a port of its own for the end-to-end tests, and hands its address to them
 * as `inject('baseURL')`.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 5199);

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: ChildProcess | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(`${root}/apps/web/dist/index.html`)) {
    throw new Error('the app is not built: run `pnpm --filter @apparatus/web build` first');
  }
  server = spawn(
    'pnpm',
    ['--filter', '@apparatus/web', 'exec', 'vite', 'preview', '--strictPort', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(baseURL);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not answer on ${baseURL}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  project.provide('baseURL', baseURL);
}

export async function teardown(): Promise<void> {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
}
