/**
 * `apparatus compare <fileA> <fileB> [--json]`: reads two accounts of the same events, finds the
 * claims of each with the claims engine, aligns their subjects and says, subject by subject, where
 * they agree and where they cannot both be true. The JSON shape is documented in
 * `compare-report.ts`. Every failure (missing file, binary data, not an article) is one line on
 * stderr and exit code 2, with nothing on stdout.
 */
import { readFile } from 'node:fs/promises';
import { accountOfArticle, buildSynopsis } from '@apparatus/core';
import type { Article, Parsed } from '@apparatus/core';
import { decodeText, readArticle } from '@apparatus/formats';
import type { Command } from './commands.ts';
import { compareJson, compareText } from './compare-report.ts';

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

/** Reads one account's file as an article; every failure is a sentence naming the file. */
async function loadArticle(file: string): Promise<Parsed<Article>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it cannot be read';
    return { error: `cannot read '${file}': ${why}` };
  }
  const text = decodeText(bytes, `'${file}'`);
  if ('error' in text) return text;
  const article = readArticle(text.value);
  if ('error' in article) return { error: `'${file}': ${article.error}` };
  return article;
}

/** The `compare` subcommand. */
export const compareCommand: Command = {
  name: 'compare',
  synopsis: SYNOPSIS,
  summary: 'set two accounts side by side: where they agree, where they conflict',
  async run(args) {
    const options = parseCompareArgs(args);
    if ('error' in options) return failure(options.error);
    const [fileA, fileB] = options.value.files;
    const articleA = await loadArticle(fileA);
    if ('error' in articleA) return failure(articleA.error);
    const articleB = await loadArticle(fileB);
    if ('error' in articleB) return failure(articleB.error);
    const a = accountOfArticle('a', articleA.value, 'A');
    const b = accountOfArticle('b', articleB.value, 'B');
    const synopsis = buildSynopsis([a, b]);
    const out = options.value.json
      ? `${JSON.stringify(compareJson(synopsis, { a: a.claims, b: b.claims }, { a: fileA, b: fileB }), null, 2)}\n`
      : compareText(synopsis);
    process.stdout.write(out);
    return 0;
  },
};

function failure(message: string): number {
  process.stderr.write(`apparatus compare: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return 2;
}
