/**
 * Reading an article file from the command line, as `audit` and `compare` both do: bytes from
 * disk, decoded as text, read as an article. Every failure is a sentence that names the file, for
 * the one line on stderr the commands print (errors as values: a missing or binary file is user
 * input, not a crash).
 */
import { readFile } from 'node:fs/promises';
import type { Article, Parsed } from '@apparatus/core';
import { decodeText, readArticle } from '@apparatus/formats';

/** Reads `file` as an article; every failure is a sentence naming the file. */
export async function readArticleFile(file: string): Promise<Parsed<Article>> {
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
