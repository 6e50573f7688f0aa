import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where the README runs the command and the fixtures' paths start. */
export const root = fileURLToPath(new URL('../../..', import.meta.url));

/** What one run of the command left: its exit code and both streams. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command the way the README does, from the repository root. */
export function apparatus(...args: string[]): Run {
  const result = spawnSync('pnpm', ['--silent', 'apparatus', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
