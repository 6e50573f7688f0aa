import type { Parsed } from '@apparatus/core';
import { auditCommand } from './audit.ts';
import { compareCommand } from './compare.ts';

/**
 * A subcommand of `apparatus`: its name, one line of help, and what it does. It prints nothing
 * itself: `main` writes the text to stdout, or the error as the one line on stderr with exit
 * code 2.
 */
export interface Command {
  readonly name: string;
  readonly synopsis: string;
  readonly summary: string;
  /** Runs with the arguments after the command name: the text for stdout, or why it cannot. */
  run(args: readonly string[]): Promise<Parsed<string>>;
}

/** The subcommands, in the order `--help` lists them. Each arrives with its issue. */
export const commands: readonly Command[] = [auditCommand, compareCommand];

/** The text of `apparatus --help`. */
export function usage(): string {
  const lines = [
    'apparatus — audit the dates and figures of an article, compare accounts, export annotations',
    '',
    'Usage: pnpm --silent apparatus <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.synopsis.padEnd(56)} ${c.summary}`),
    '  --help                                                    show this help',
    '',
  ];
  return lines.join('\n');
}
