/**
 * `apparatus compare <fileA> <fileB> [--json]`: reads two accounts of the same events, finds the
 * claims of each with the claims engine, aligns their subjects and says, subject by subject, where
 * they agree and where they cannot both be true. The JSON shape is documented in
 * `compare-report.ts`. Every failure (missing file, binary data, not an article) is one line on
 * stderr and exit code 2, with nothing on stdout.
 */
import { accountOfArticle, buildSynopsis, type Parsed } from '@apparatus/core';
import type { Command } from './commands.ts';
import { compareJson, compareText } from './compare-report.ts';
import { readArticleFile } from './read-article-file.ts';

interface CompareOptions {
  readonly files: readonly [string, string];
  readonly json: boolean;
}

const SYNOPSIS = 'compare <fileA> <fileB> [--json]';

/** Reads the command line of `compare`; an error is a sentence for stderr. */
export function parseCompareArgs(args: readonly string[]): Parsed<CompareOptions> {
  const files: string[] = [];
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('--')) return { error: `unknown option '${arg}' (usage: ${SYNOPSIS})` };
    else files.push(arg);
  }
  if (files.length !== 2)
    return { error: `two files are needed, ${files.length} given (usage: ${SYNOPSIS})` };
  return { value: { files: [files[0]!, files[1]!], json } };
}

/** The `compare` subcommand. */
export const compareCommand: Command = {
  name: 'compare',
  synopsis: SYNOPSIS,
  summary: 'set two accounts side by side: where they agree, where they conflict',
  async run(args) {
    const options = parseCompareArgs(args);
    if ('error' in options) return options;
    const [fileA, fileB] = options.value.files;
    const articleA = await readArticleFile(fileA);
    if ('error' in articleA) return articleA;
    const articleB = await readArticleFile(fileB);
    if ('error' in articleB) return articleB;
    const a = accountOfArticle('a', articleA.value, 'A');
    const b = accountOfArticle('b', articleB.value, 'B');
    const synopsis = buildSynopsis([a, b]);
    return {
      value: options.value.json
        ? `${JSON.stringify(compareJson(synopsis, { a: a.claims, b: b.claims }, { a: fileA, b: fileB }), null, 2)}\n`
        : compareText(synopsis),
    };
  },
};
