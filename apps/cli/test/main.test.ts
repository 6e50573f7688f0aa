import { describe, expect, it } from 'vitest';
import { apparatus } from './run.ts';

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
