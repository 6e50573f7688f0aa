import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A running `vite preview` of the built app. */
export interface Preview {
  readonly baseURL: string;
  stop(): void;
}

/**
 * Serves the built app (`apps/web/dist`, made by `pnpm --filter @apparatus/web build`) with
 * `vite preview` on `port`, and resolves once it answers. Used by the end-to-end tests' global
 * setup and by the screenshot script, so both see the app exactly as `pnpm start` serves it.
 */
export async function startPreview(port: number): Promise<Preview> {
  if (!existsSync(`${root}/apps/web/dist/index.html`)) {
    throw new Error('the app is not built: run `pnpm --filter @apparatus/web build` first');
  }
  const server: ChildProcess = spawn(
    'pnpm',
    [
      '--filter',
      '@apparatus/web',
      'exec',
      'vite',
      'preview',
      '--strictPort',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const stop = (): void => {
    if (server.pid !== undefined && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(baseURL);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (server.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`vite preview did not answer on ${baseURL}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseURL, stop };
}
