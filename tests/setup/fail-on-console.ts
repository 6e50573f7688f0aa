import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Tests fail on unexpected console output (STYLE.md): a warning nobody reads is a bug nobody
 * fixes. A test that expects output spies on the console itself, which replaces this spy.
 */
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  const seen = calls;
  vi.restoreAllMocks();
  if (seen.length > 0) throw new Error(`unexpected console output:\n${seen.join('\n')}`);
});
