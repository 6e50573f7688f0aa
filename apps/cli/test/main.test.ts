import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs the command the way the README does, from the repository root. */
export function apparatus(...args: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const result = spawnSync('pnpm', ['--silent', 'apparatus', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('apparatus', () => {
  it('prints its help and exits 0', () => {
    const { status, stdout, stderr } = apparatus('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^apparatus — /);
    expect(stderr).toBe('');
  });

  it('refuses an unknown command with one line on stderr and exit code 2', () => {
    const { status, stdout, stderr } = apparatus('frobnicate');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain("unknown command 'frobnicate'");
  });
});
