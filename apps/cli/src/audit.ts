/**
 * `apparatus audit <file> [--json] [--format article|wikitext|markdown]`: reads an article, finds
 * its claims and prints them with the conflicts among them — as the JSON contract of
 * ARCHITECTURE.md with `--json`, as a report for a person without. Every failure is one line on
 * stderr and exit code 2, with nothing on stdout.
 */
import { auditArticle } from '@apparatus/core';
import type { Article, Parsed } from '@apparatus/core';
import type { Command } from './commands.ts';
import { auditJson, auditText } from './audit-report.ts';
import { readArticleFile } from './read-article-file.ts';

const FORMATS = ['article', 'wikitext', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

interface AuditOptions {
  readonly file: string;
  readonly json: boolean;
  readonly format: Format;
}

/** Reads the command line of `audit`; an error is a sentence for stderr. */
export function parseAuditArgs(args: readonly string[]): Parsed<AuditOptions> {
  let file: string | undefined;
  let json = false;
  let format: Format = 'article';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[(i += 1)] : arg.slice('--format='.length);
      if (value === undefined) return { error: `--format needs a value: ${FORMATS.join(', ')}` };
      if (!(FORMATS as readonly string[]).includes(value))
        return { error: `unknown format '${value}' (known: ${FORMATS.join(', ')})` };
      format = value as Format;
    } else if (arg.startsWith('--'))
      return { error: `unknown option '${arg}' (usage: ${auditCommand.synopsis})` };
    else if (file === undefined) file = arg;
    else return { error: `one file at a time: '${file}' and '${arg}' given` };
  }
  if (file === undefined) return { error: `no file given (usage: ${auditCommand.synopsis})` };
  return { value: { file, json, format } };
}

/** Reads the file as the format says; every failure is a sentence. */
async function load(options: AuditOptions): Promise<Parsed<Article>> {
  if (options.format !== 'article')
    return {
      error: `the ${options.format} reader does not exist yet; only --format article is supported`,
    };
  return readArticleFile(options.file);
}

/** The `audit` subcommand. */
export const auditCommand: Command = {
  name: 'audit',
  synopsis: 'audit <file> [--json] [--format article|wikitext|markdown]',
  summary: 'list the dates and figures of an article and where it contradicts itself',
  async run(args) {
    const options = parseAuditArgs(args);
    if ('error' in options) return options;
    const article = await load(options.value);
    if ('error' in article) return article;
    const report = auditArticle(article.value);
    return {
      value: options.value.json
        ? `${JSON.stringify(auditJson(report), null, 2)}\n`
        : auditText(report),
    };
  },
};
