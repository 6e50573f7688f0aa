/**
 * The `apparatus` command: the analysis of the app without a browser. Run from the repository
 * root as `pnpm --silent apparatus <command> …`. Every failure is one line on stderr and exit
 * code 2; with `--json`, stdout holds the JSON and nothing else.
 */
import { commands, usage } from './commands.ts';

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`apparatus: unknown command '${name}' (try 'apparatus --help')\n`);
    return 2;
  }
  const result = await command.run(rest);
  if ('error' in result) {
    process.stderr.write(`apparatus ${command.name}: ${result.error.replace(/\s*\n\s*/g, ' ')}\n`);
    return 2;
  }
  process.stdout.write(result.value);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
